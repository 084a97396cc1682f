// Data: everyday words for AWS concepts. A phrase found in a query adds the concept's index
// terms (a leading operation verb counts as the verb the user asked for) and favours its
// services, exactly like the entries of aws-vocabulary.ts. Each entry also says why the words
// mean that concept and carries an example query with an operation the example must find in
// its top five (asserted in test/integration/search/concepts.test.ts), so no entry is kept on faith.

import { APPLICATION_CONCEPTS } from './concepts-applications.js';
import { APPLICATION_CONCEPTS_2 } from './concepts-applications-2.js';
import { CATALOG_CONCEPTS } from './concepts-catalog.js';
import { DOC_APPS_CONCEPTS } from './concepts-docs-apps.js';
import { DOC_COMPUTE_CONCEPTS } from './concepts-docs-compute.js';
import { DOC_DATA_CONCEPTS } from './concepts-docs-data.js';
import { DOC_MEDIA_CONCEPTS } from './concepts-docs-media.js';
import { DOC_NETWORK_CONCEPTS } from './concepts-docs-network.js';
import { DOC_NOUN_CONCEPTS } from './concepts-docs-nouns.js';
import { DOC_PLATFORM_CONCEPTS } from './concepts-docs-platform.js';
import { DOC_SECURITY_CONCEPTS } from './concepts-docs-security.js';
import { DOC_SERVICE_CONCEPTS } from './concepts-docs-services.js';
import { R17_PARA_TOP_CONCEPTS } from './concepts-r17-para-top.js';
import { R18_PARA_TOP_CONCEPTS } from './concepts-r18-para-top.js';
import { R18_KNOWN_CONCEPTS } from './concepts-r18-known.js';
import { R19_ONCALL_CONCEPTS } from './concepts-r19-oncall.js';
import { R7_COMPUTE_CONCEPTS } from './concepts-r7-compute.js';
import { INFRASTRUCTURE_CONCEPTS } from './concepts-infrastructure.js';
import { OPERATIONS_CONCEPTS } from './concepts-operations.js';
import { R7_NETWORK_CONCEPTS } from './concepts-r7-network.js';
import { R7_SECURITY_CONCEPTS } from './concepts-r7-security.js';
import { R7_OPS_CONCEPTS } from './concepts-r7-ops.js';
import { SERVICE_CONCEPTS } from './concepts-services.js';
import { R7_STORAGE_CONCEPTS } from './concepts-r7-storage.js';
import { R7_DATA_CONCEPTS } from './concepts-r7-data.js';
import { R7_AI_CONCEPTS } from './concepts-r7-ai.js';
import { R8_MONEY_CONCEPTS } from './concepts-r8-money.js';
import { R8_DEVOPS_CONCEPTS } from './concepts-r8-devops.js';
import { R8_NETWORK_CONCEPTS } from './concepts-r8-network.js';
import { R9_DATAML_CONCEPTS } from './concepts-r9-dataml.js';
import { R9_COMPUTE_CONCEPTS } from './concepts-r9-compute.js';
import { R9_SECURITY_CONCEPTS } from './concepts-r9-security.js';
import { R9_MEDIA_CONCEPTS } from './concepts-r9-media.js';
import { R9_NOUN_CONCEPTS } from './concepts-r9-nouns.js';
import { R9_VERB_CONCEPTS } from './concepts-r9-verbs.js';
import { R10_DEVTOOLS_CONCEPTS } from './concepts-r10-devtools.js';
import { R10_APPS_CONCEPTS } from './concepts-r10-apps.js';
import { R10_ANALYTICS_CONCEPTS } from './concepts-r10-analytics.js';
import { R10_STORAGE_CONCEPTS } from './concepts-r10-storage.js';
import { R10_NETWORK_CONCEPTS } from './concepts-r10-network.js';
import { R10_GOVERNANCE_CONCEPTS } from './concepts-r10-governance.js';
import { R10_SCOPE_CONCEPTS } from './concepts-r10-scope.js';
import { R10_GRANT_CONCEPTS } from './concepts-r10-grants.js';
import { R11_S3EDGE_CONCEPTS } from './concepts-r11-s3edge.js';
import { R11_EC2_CONCEPTS } from './concepts-r11-ec2.js';
import { R11_SERVERLESS_CONCEPTS } from './concepts-r11-serverless.js';
import { R11_DATACONT_CONCEPTS } from './concepts-r11-datacont.js';
import { R11_OPS_CONCEPTS } from './concepts-r11-ops.js';
import { R11_SEC_CONCEPTS } from './concepts-r11-sec.js';
import { R12_SECNET_CONCEPTS } from './concepts-r12-secnet.js';
import { R13_GOVSEC_CONCEPTS } from './concepts-r13-govsec.js';
import { R12_BUSINESS_CONCEPTS } from './concepts-r12-business.js';
import { R12_ML_CONCEPTS } from './concepts-r12-ml.js';
import { R12_REFS_CONCEPTS } from './concepts-r12-refs.js';
import { R12_IOTMEDIA_CONCEPTS } from './concepts-r12-iotmedia.js';
import { R12_DEVDATA_CONCEPTS } from './concepts-r12-devdata.js';
import { R13_APPDEV_CONCEPTS } from './concepts-r13-appdev.js';
import { R13_ANALYTICS_CONCEPTS } from './concepts-r13-analytics.js';
import { R14_TAIL_A_CONCEPTS } from './concepts-r14-tail-a.js';
import { R14_TAILB_CONCEPTS } from './concepts-r14-tailb.js';
import { R14_VERB_CONCEPTS } from './concepts-r14-verbs.js';
import { R15_TAIL_D_CONCEPTS } from './concepts-r15-tail-d.js';
import { R16_PARAPHRASE_CONCEPTS } from './concepts-r16-paraphrase.js';
import { R15_VOICE_CONCEPTS } from './concepts-r15-voices.js';
import { R16_SIBLING_CONCEPTS } from './concepts-r16-siblings.js';
import { R16_KIND_CONCEPTS } from './concepts-r16-kinds.js';
import { R17_PARA_TAIL_CONCEPTS } from './concepts-r17-para-tail.js';
import { R18_TAIL_A_CONCEPTS } from './concepts-r18-tail-a.js';
import { R18_TAIL_B_CONCEPTS } from './concepts-r18-tail-b.js';
import { R19_MID_CONCEPTS } from './concepts-r19-mid.js';
import { R19_SIBLING_CONCEPTS } from './concepts-r19-siblings.js';
import { R19_CLOUDWORDS_CONCEPTS } from './concepts-r19-cloudwords.js';
import { R19_CLOUDWORDS_CONCEPTS_2 } from './concepts-r19-cloudwords-2.js';
import { R19_CLOUDWORDS_CONCEPTS_3 } from './concepts-r19-cloudwords-3.js';
import { R20_PARATAIL_CONCEPTS } from './concepts-r20-paratail.js';
import { R20_PARATOP_CONCEPTS } from './concepts-r20-paratop.js';
import { R21_OUTCOME_CONCEPTS } from './concepts-r21-outcome.js';
import { R20_NEWCOMER_CONCEPTS } from './concepts-r20-newcomer.js';
import { R21_OPS_CONCEPTS } from './concepts-r21-ops.js';
import { R21_DATA_CONCEPTS } from './concepts-r21-data.js';
import { R21_TAIL_CONCEPTS } from './concepts-r21-tail.js';
import { R22_TAIL_CONCEPTS } from './concepts-r22-tail.js';
import { R22_PLAIN_CONCEPTS } from './concepts-r22-plain.js';
import { R22_CHANGE_CONCEPTS } from './concepts-r22-change.js';
import { R22_QS_CONCEPTS } from './concepts-r22-qs.js';

export interface Concept {
  /** Lower-case phrases, matched after stemming (`copies` also matches `copy`). */
  readonly phrases: readonly string[];
  readonly terms?: string;
  readonly services?: readonly string[];
  readonly why: string;
  /** A query using one of the phrases, and an operation it must find (`service:Operation`). */
  readonly example: readonly [query: string, expected: string];
}

export const CONCEPTS: readonly Concept[] = [
  ...INFRASTRUCTURE_CONCEPTS,
  ...APPLICATION_CONCEPTS,
  ...APPLICATION_CONCEPTS_2,
  ...SERVICE_CONCEPTS,
  ...OPERATIONS_CONCEPTS,
  ...CATALOG_CONCEPTS,
  ...DOC_COMPUTE_CONCEPTS,
  ...DOC_NETWORK_CONCEPTS,
  ...DOC_SECURITY_CONCEPTS,
  ...DOC_DATA_CONCEPTS,
  ...DOC_PLATFORM_CONCEPTS,
  ...DOC_APPS_CONCEPTS,
  ...DOC_NOUN_CONCEPTS,
  ...DOC_MEDIA_CONCEPTS,
  ...DOC_SERVICE_CONCEPTS,
  ...R7_COMPUTE_CONCEPTS,
  ...R7_STORAGE_CONCEPTS,
  ...R7_NETWORK_CONCEPTS,
  ...R7_SECURITY_CONCEPTS,
  ...R7_OPS_CONCEPTS,
  ...R7_DATA_CONCEPTS,
  ...R7_AI_CONCEPTS,
  ...R8_MONEY_CONCEPTS,
  ...R8_DEVOPS_CONCEPTS,
  ...R8_NETWORK_CONCEPTS,
  ...R9_DATAML_CONCEPTS,
  ...R9_COMPUTE_CONCEPTS,
  ...R9_SECURITY_CONCEPTS,
  ...R9_MEDIA_CONCEPTS,
  ...R9_NOUN_CONCEPTS,
  ...R9_VERB_CONCEPTS,
  ...R10_DEVTOOLS_CONCEPTS,
  ...R10_APPS_CONCEPTS,
  ...R10_ANALYTICS_CONCEPTS,
  ...R10_STORAGE_CONCEPTS,
  ...R10_NETWORK_CONCEPTS,
  ...R10_GOVERNANCE_CONCEPTS,
  ...R10_SCOPE_CONCEPTS,
  ...R10_GRANT_CONCEPTS,
  ...R11_S3EDGE_CONCEPTS,
  ...R11_EC2_CONCEPTS,
  ...R11_SERVERLESS_CONCEPTS,
  ...R11_DATACONT_CONCEPTS,
  ...R11_OPS_CONCEPTS,
  ...R11_SEC_CONCEPTS,
  ...R12_SECNET_CONCEPTS,
  ...R13_GOVSEC_CONCEPTS,
  ...R12_BUSINESS_CONCEPTS,
  ...R12_ML_CONCEPTS,
  ...R12_REFS_CONCEPTS,
  ...R12_IOTMEDIA_CONCEPTS,
  ...R12_DEVDATA_CONCEPTS,
  ...R13_APPDEV_CONCEPTS,
  ...R13_ANALYTICS_CONCEPTS,
  ...R14_TAIL_A_CONCEPTS,
  ...R14_TAILB_CONCEPTS,
  ...R15_TAIL_D_CONCEPTS,
  ...R16_PARAPHRASE_CONCEPTS,
  ...R17_PARA_TAIL_CONCEPTS,
  ...R18_TAIL_A_CONCEPTS,
  ...R18_TAIL_B_CONCEPTS,
  ...R14_VERB_CONCEPTS,
  ...R15_VOICE_CONCEPTS,
  ...R16_SIBLING_CONCEPTS,
  ...R16_KIND_CONCEPTS,
  ...R17_PARA_TOP_CONCEPTS,
  ...R18_PARA_TOP_CONCEPTS,
  ...R19_SIBLING_CONCEPTS,
  ...R18_KNOWN_CONCEPTS,
  ...R19_MID_CONCEPTS,
  ...R19_CLOUDWORDS_CONCEPTS,
  ...R19_CLOUDWORDS_CONCEPTS_2,
  ...R19_CLOUDWORDS_CONCEPTS_3,
  ...R20_PARATAIL_CONCEPTS,
  ...R19_ONCALL_CONCEPTS,
  ...R20_PARATOP_CONCEPTS,
  ...R21_OUTCOME_CONCEPTS,
  ...R20_NEWCOMER_CONCEPTS,
  ...R21_OPS_CONCEPTS,
  ...R21_DATA_CONCEPTS,
  ...R21_TAIL_CONCEPTS,
  ...R22_TAIL_CONCEPTS,
  ...R22_PLAIN_CONCEPTS,
  ...R22_CHANGE_CONCEPTS,
  ...R22_QS_CONCEPTS,
];
