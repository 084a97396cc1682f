// Data: the short names engineers type for the best-known services (issue 16, round 18). Left
// unknown, a nickname is read as the thing acted on: in "delete dynamo table sessions-old" the
// head noun became "dynamo", so "table" no longer told DeleteTable from DeleteBackup. Matched
// like PRODUCT_NAMES (product-names.ts), which spreads these in; each example must find its
// operation in the top five (test/integration/search/product-names.test.ts).

import type { ProductName } from './product-names.js';

export const R18_KNOWN_PRODUCT_NAMES: Readonly<Record<string, ProductName>> = {
  dynamo: {
    service: 'dynamodb',
    why: '"dynamo" is how people shorten DynamoDB; it names the service, never the thing acted on',
    example: ['drop the dynamo table sessions-old', 'dynamodb:DeleteTable'],
  },
  ddb: {
    service: 'dynamodb',
    why: '"ddb" is the usual abbreviation of DynamoDB in chat and code',
    example: ['remove ddb table carts-staging', 'dynamodb:DeleteTable'],
  },
  cfn: {
    service: 'cloudformation',
    why: '"cfn" is the CloudFormation abbreviation (cfn-lint, cfn-init, AWS::CloudFormation)',
    example: ['delete the cfn stack vpc-test', 'cloudformation:DeleteStack'],
  },
  sfn: {
    service: 'stepfunctions',
    why: '"sfn" is the Step Functions abbreviation (its CLI and SDK client were named sfn)',
    example: ['list sfn state machines', 'stepfunctions:ListStateMachines'],
  },
};
