// The data of secret-names.ts: which member names are secrets, with the member each rule exists for
// and why, and the secret-looking names deliberately left visible. test/unit/redaction checks each
// entry against the models of the test bundle.

import type { SecretNameRule } from './secret-names.js';

export const SECRET_NAME_RULES: readonly SecretNameRule[] = [
  {
    words: 'password',
    example: 'mq CreateUserRequest.Password',
    kind: 'secret',
    why: 'Password, MasterUserPassword, DbPassword (mq, rds, opsworks)',
  },
  {
    words: 'passwords',
    example: 'elasticache AuthenticationMode.Passwords',
    kind: 'secret',
    why: 'elasticache AuthenticationMode.Passwords',
  },
  {
    words: 'passphrase',
    example: 'acm ExportCertificateRequest.Passphrase',
    kind: 'secret',
    why: 'acm ExportCertificate Passphrase, KeyPassphrase',
  },
  {
    words: 'secret',
    example: 'codebuild Webhook.secret',
    kind: 'secret',
    why: 'ClientSecret, SharedSecret, codebuild Webhook.secret',
  },
  {
    words: 'secret string',
    example: 'secrets-manager CreateSecretRequest.SecretString',
    kind: 'secret',
    why: 'secretsmanager SecretString',
  },
  {
    words: 'secret binary',
    example: 'secrets-manager CreateSecretRequest.SecretBinary',
    kind: 'secret',
    why: 'secretsmanager SecretBinary',
  },
  {
    words: 'secret key',
    example: 'appflow AmplitudeConnectorProfileCredentials.secretKey',
    kind: 'secret',
    why: 'appflow secretKey, apiSecretKey',
  },
  {
    words: 'secret access key',
    example: 'appflow InforNexusConnectorProfileCredentials.secretAccessKey',
    kind: 'secret',
    why: 'the secret half of an AWS access key',
  },
  {
    words: 'secret hash',
    example: 'cognito-identity-provider ConfirmForgotPasswordRequest.SecretHash',
    kind: 'secret',
    why: 'cognito SecretHash, derived from the client secret',
  },
  {
    words: 'private key',
    example: 'api-gateway CreateDomainNameRequest.certificatePrivateKey',
    kind: 'secret',
    why: 'acm/iot PrivateKey, certificatePrivateKey',
  },
  {
    words: 'plaintext',
    example: 'kms DecryptResponse.Plaintext',
    kind: 'secret',
    why: 'kms Decrypt/GenerateDataKey Plaintext (key material)',
  },
  {
    words: 'pre shared key',
    example: 'ec2 ModifyVpnTunnelOptionsSpecification.PreSharedKey',
    kind: 'secret',
    why: 'ec2 VPN PreSharedKey',
  },
  {
    words: 'auth key',
    example: 'direct-connect BGPPeer.authKey',
    kind: 'secret',
    why: 'direct-connect BGP authKey (unmarked in the model)',
  },
  {
    words: 'token key',
    example: 'pinpoint APNSChannelRequest.TokenKey',
    kind: 'secret',
    why: 'pinpoint APNS TokenKey: the .p8 signing key (unmarked)',
  },
  {
    words: 'api key',
    kind: 'secret',
    why: 'pinpoint/dataexchange ApiKey; api-gateway ids under this name are hidden too',
  },
  {
    words: 'api key value',
    example: 'cloudwatch-events CreateConnectionApiKeyAuthRequestParameters.ApiKeyValue',
    kind: 'secret',
    why: 'eventbridge connection ApiKeyValue',
  },
  {
    words: 'application key',
    example: 'appflow DatadogConnectorProfileCredentials.applicationKey',
    kind: 'secret',
    why: 'appflow Datadog applicationKey (unmarked)',
  },
  {
    words: 'session token',
    example: 'codepipeline AWSSessionCredentials.sessionToken',
    kind: 'secret',
    why: 'temporary AWS credentials',
  },
  {
    words: 'access token',
    kind: 'secret',
    why: 'OAuth access tokens (amplify, appflow, iotsecuretunneling)',
  },
  {
    words: 'refresh token',
    example: 'amplifyuibuilder ExchangeCodeForTokenResponse.refreshToken',
    kind: 'secret',
    why: 'OAuth refresh tokens',
  },
  {
    words: 'id token',
    example: 'cognito-identity-provider AuthenticationResultType.IdToken',
    kind: 'secret',
    why: 'OIDC id tokens (cognito)',
  },
  {
    words: 'auth token',
    kind: 'secret',
    why: 'elasticache AuthToken (a Redis password), athena, glue, gamelift',
  },
  {
    words: 'authentication token',
    example: 'workdocs AbortDocumentVersionUploadRequest.AuthenticationToken',
    kind: 'secret',
    why: 'workdocs AuthenticationToken',
  },
  {
    words: 'authorization token',
    example: 'codeartifact GetAuthorizationTokenResult.authorizationToken',
    kind: 'secret',
    why: 'codeartifact/ecr authorizationToken (unmarked)',
  },
  {
    words: 'bearer token',
    example: 'cloudformation RecordHandlerProgressInput.BearerToken',
    kind: 'secret',
    why: 'cloudformation RecordHandlerProgress BearerToken',
  },
  {
    words: 'api token',
    example: 'appflow DynatraceConnectorProfileCredentials.apiToken',
    kind: 'secret',
    why: 'appflow Dynatrace apiToken (unmarked)',
  },
  {
    words: 'jwt token',
    example: 'appflow SalesforceConnectorProfileCredentials.jwtToken',
    kind: 'secret',
    why: 'appflow Salesforce jwtToken',
  },
  {
    words: 'security token',
    example: 'chime Bot.SecurityToken',
    kind: 'secret',
    why: 'chime Bot SecurityToken',
  },
  {
    words: 'secret token',
    example: 'codepipeline WebhookAuthConfiguration.SecretToken',
    kind: 'secret',
    why: 'codepipeline webhook SecretToken (unmarked)',
  },
  {
    words: 'identity token',
    example: 'sts AssumeRoleWithWebIdentityRequest.WebIdentityToken',
    kind: 'secret',
    why: 'sts WebIdentityToken, verifiedpermissions identityToken',
  },
  {
    words: 'subject token',
    example: 'sso-oidc CreateTokenWithIAMRequest.subjectToken',
    kind: 'secret',
    why: 'sso-oidc subjectToken',
  },
  {
    words: 'hec token',
    example: 'firehose SplunkDestinationConfiguration.HECToken',
    kind: 'secret',
    why: 'firehose Splunk HECToken (unmarked)',
  },
  {
    words: 'grafana token',
    example: 'grafana AssociateLicenseRequest.grafanaToken',
    kind: 'secret',
    why: 'grafana AssociateLicense grafanaToken (unmarked)',
  },
  {
    words: 'join token',
    example: 'chime CreateMeetingDialOutRequest.JoinToken',
    kind: 'secret',
    why: 'chime meeting JoinToken',
  },
  {
    words: 'cli token',
    example: 'mwaa CreateCliTokenResponse.CliToken',
    kind: 'secret',
    why: 'mwaa CliToken',
  },
  {
    words: 'web token',
    example: 'mwaa CreateWebLoginTokenResponse.WebToken',
    kind: 'secret',
    why: 'mwaa WebToken',
  },
  {
    words: 'participant token',
    kind: 'secret',
    why: 'connect ParticipantToken: a bearer for the participant API',
  },
  {
    words: 'connection token',
    kind: 'secret',
    why: 'connectparticipant ConnectionToken: sent as X-Amz-Bearer',
  },
  {
    words: 'token',
    kind: 'secret',
    exact: true,
    why: 'bare Token: license-manager/workmail/kendra bearer tokens',
  },
  { words: 'authorization', kind: 'secret', exact: true, why: 'an HTTP Authorization header value' },
  {
    words: 'credentials',
    kind: 'credential',
    why: 'pinpoint Credential is an API key; api-gateway credentials an ARN',
  },
  {
    words: 'credential',
    example: 'pinpoint GCMChannelResponse.Credential',
    kind: 'credential',
    why: 'as Credentials',
  },
];

/**
 * Names that look secret-ish and are deliberately NOT secrets: hiding them would break paging,
 * retries or follow-up calls, or hide the identifiers a person approves. None of them matches a
 * rule above (the test checks it); they are listed so the decision is written down.
 */
export const NOT_SECRET_NAMES: Readonly<Record<string, string>> = {
  NextToken: 'a page cursor the agent must send back',
  ContinuationToken: 'an s3 page cursor',
  PaginationToken: 'a page cursor',
  NextPageToken: 'a page cursor',
  TokenType: 'says what kind of token (Bearer), not the token',
  MaxTokens: 'a number of LLM tokens',
  IdempotencyToken: 'a retry key chosen by the caller',
  ClientToken: 'a retry key chosen by the caller',
  ClientRequestToken: 'a retry key chosen by the caller',
  ChangeToken: 'waf optimistic-locking value',
  LockToken: 'wafv2 optimistic-locking value',
  TaskToken: 'step functions task handle the agent passes to SendTaskSuccess',
  GrantTokens: 'kms grant tokens are not secret (KMS documentation)',
  TokenCode: 'a one-time MFA code, useless 30 seconds later',
  SecretId: 'the name or ARN of a secret, not its value',
  SecretArn: 'an ARN',
  PasswordLastUsed: 'a timestamp',
  PasswordPolicy: 'a structure of rules; its members are judged by their own names',
  AccessKeyId: 'the public half of an access key, shown by AWS in logs and consoles',
  Key: 'an s3 object key',
  KmsKeyId: 'a key identifier, not key material',
};
