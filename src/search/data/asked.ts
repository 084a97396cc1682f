// Data: for the operations people use most, the everyday words they ask for each one with
// (doc2query written by hand): "keep older copies when someone overwrites a file" is
// s3:PutBucketVersioning although no word of it is in the operation's name or summary. The
// words are written from what each operation does, per service, never from benchmark queries.
// They form one more BM25F field of the operation (ranking-params.ts FIELDS.asked), so a
// paraphrase matches on any of its words, in any order, not only as a fixed phrase.

import type { AskedEntry } from './asked/types.js';
import { ASKED_COMPUTE } from './asked/compute.js';
import { ASKED_COMPUTE_2 } from './asked/compute-2.js';
import { ASKED_COMPUTE_3 } from './asked/compute-3.js';
import { ASKED_COMPUTE_4 } from './asked/compute-4.js';
import { ASKED_COMPUTE_5 } from './asked/compute-5.js';
import { ASKED_COMPUTE_6 } from './asked/compute-6.js';
import { ASKED_COMPUTE_7 } from './asked/compute-7.js';
import { ASKED_COMPUTE_8 } from './asked/compute-8.js';
import { ASKED_COMPUTE_9 } from './asked/compute-9.js';
import { ASKED_STORAGE } from './asked/storage.js';
import { ASKED_STORAGE_2 } from './asked/storage-2.js';
import { ASKED_STORAGE_3 } from './asked/storage-3.js';
import { ASKED_STORAGE_4 } from './asked/storage-4.js';
import { ASKED_STORAGE_5 } from './asked/storage-5.js';
import { ASKED_STORAGE_6 } from './asked/storage-6.js';
import { ASKED_STORAGE_7 } from './asked/storage-7.js';
import { ASKED_STORAGE_8 } from './asked/storage-8.js';
import { ASKED_STORAGE_R7 } from './asked/storage-r7.js';
import { ASKED_STORAGE_R7_2 } from './asked/storage-r7-2.js';
import { ASKED_STORAGE_R10 } from './asked/storage-r10.js';
import { ASKED_NETWORK } from './asked/network.js';
import { ASKED_NETWORK_2 } from './asked/network-2.js';
import { ASKED_NETWORK_3 } from './asked/network-3.js';
import { ASKED_NETWORK_4 } from './asked/network-4.js';
import { ASKED_NETWORK_5 } from './asked/network-5.js';
import { ASKED_NETWORK_6 } from './asked/network-6.js';
import { ASKED_NETWORK_7 } from './asked/network-7.js';
import { ASKED_NETWORK_R7 } from './asked/network-r7.js';
import { ASKED_SECURITY } from './asked/security.js';
import { ASKED_SECURITY_2 } from './asked/security-2.js';
import { ASKED_SECURITY_3 } from './asked/security-3.js';
import { ASKED_SECURITY_4 } from './asked/security-4.js';
import { ASKED_SECURITY_5 } from './asked/security-5.js';
import { ASKED_SECURITY_6 } from './asked/security-6.js';
import { ASKED_SECURITY_7 } from './asked/security-7.js';
import { ASKED_SECURITY_8 } from './asked/security-8.js';
import { ASKED_SECURITY_R7 } from './asked/security-r7.js';
import { ASKED_OBSERVABILITY } from './asked/observability.js';
import { ASKED_OBSERVABILITY_2 } from './asked/observability-2.js';
import { ASKED_OBSERVABILITY_3 } from './asked/observability-3.js';
import { ASKED_OBSERVABILITY_4 } from './asked/observability-4.js';
import { ASKED_OBSERVABILITY_5 } from './asked/observability-5.js';
import { ASKED_OBSERVABILITY_6 } from './asked/observability-6.js';
import { ASKED_OBSERVABILITY_7 } from './asked/observability-7.js';
import { ASKED_OBSERVABILITY_R7 } from './asked/observability-r7.js';
import { ASKED_OBSERVABILITY_R7_2 } from './asked/observability-r7-2.js';
import { ASKED_INTEGRATION } from './asked/integration.js';
import { ASKED_INTEGRATION_2 } from './asked/integration-2.js';
import { ASKED_INTEGRATION_3 } from './asked/integration-3.js';
import { ASKED_INTEGRATION_4 } from './asked/integration-4.js';
import { ASKED_INTEGRATION_5 } from './asked/integration-5.js';
import { ASKED_INTEGRATION_6 } from './asked/integration-6.js';
import { ASKED_INTEGRATION_7 } from './asked/integration-7.js';
import { ASKED_INTEGRATION_8 } from './asked/integration-8.js';
import { ASKED_INTEGRATION_9 } from './asked/integration-9.js';
import { ASKED_INTEGRATION_R7 } from './asked/integration-r7.js';
import { ASKED_AI } from './asked/ai.js';
import { ASKED_AI_2 } from './asked/ai-2.js';
import { ASKED_AI_3 } from './asked/ai-3.js';
import { ASKED_AI_4 } from './asked/ai-4.js';
import { ASKED_AI_5 } from './asked/ai-5.js';
import { ASKED_AI_6 } from './asked/ai-6.js';
import { ASKED_AI_7 } from './asked/ai-7.js';
import { ASKED_AI_8 } from './asked/ai-8.js';
import { ASKED_AI_9 } from './asked/ai-9.js';
import { ASKED_AI_R7 } from './asked/ai-r7.js';
import { ASKED_AI_R7_2 } from './asked/ai-r7-2.js';
import { ASKED_AI_R7_3 } from './asked/ai-r7-3.js';
import { ASKED_MISC } from './asked/misc.js';
import { ASKED_NEXT } from './asked/next.js';
import { ASKED_CORE } from './asked/core.js';
import { ASKED_DEEP } from './asked/deep.js';
import { ASKED_INFRA } from './asked/infra.js';
import { ASKED_APPS } from './asked/apps.js';
import { ASKED_APPS_2 } from './asked/apps-2.js';
import { ASKED_CORE_2 } from './asked/core-2.js';
import { ASKED_NEXT_2 } from './asked/next-2.js';
import { ASKED_DEEP_2 } from './asked/deep-2.js';
import { ASKED_INFRA_2 } from './asked/infra-2.js';
import { ASKED_DEEP_3 } from './asked/deep-3.js';
import { ASKED_INFRA_3 } from './asked/infra-3.js';
import { ASKED_NEXT_3 } from './asked/next-3.js';
import { ASKED_CORE_3 } from './asked/core-3.js';
import { ASKED_APPS_3 } from './asked/apps-3.js';
import { ASKED_APPS_4 } from './asked/apps-4.js';
import { ASKED_DEEP_4 } from './asked/deep-4.js';
import { ASKED_INFRA_4 } from './asked/infra-4.js';
import { ASKED_CORE_4 } from './asked/core-4.js';
import { ASKED_NEXT_4 } from './asked/next-4.js';
import { ASKED_CORE_5 } from './asked/core-5.js';
import { ASKED_NEXT_5 } from './asked/next-5.js';
import { ASKED_APPS_5 } from './asked/apps-5.js';
import { ASKED_INFRA_5 } from './asked/infra-5.js';
import { ASKED_DEEP_5 } from './asked/deep-5.js';
import { ASKED_NEXT_6 } from './asked/next-6.js';
import { ASKED_DEEP_6 } from './asked/deep-6.js';
import { ASKED_APPS_6 } from './asked/apps-6.js';
import { ASKED_CORE_6 } from './asked/core-6.js';
import { ASKED_INFRA_6 } from './asked/infra-6.js';
import { ASKED_CORE_7 } from './asked/core-7.js';
import { ASKED_INFRA_7 } from './asked/infra-7.js';
import { ASKED_APPS_7 } from './asked/apps-7.js';
import { ASKED_DEEP_7 } from './asked/deep-7.js';
import { ASKED_NEXT_7 } from './asked/next-7.js';
import { ASKED_DEEP_8 } from './asked/deep-8.js';
import { ASKED_CORE_8 } from './asked/core-8.js';
import { ASKED_NEXT_8 } from './asked/next-8.js';
import { ASKED_DEEP_9 } from './asked/deep-9.js';
import { ASKED_DEEP_10 } from './asked/deep-10.js';
import { ASKED_MONEY_R8 } from './asked/money-r8.js';
import { ASKED_DEVOPS_R8 } from './asked/devops-r8.js';
import { ASKED_NETWORK_R8 } from './asked/network-r8.js';
import { ASKED_DATA_R8 } from './asked/data-r8.js';
import { ASKED_DATAML_R9 } from './asked/dataml-r9.js';
import { ASKED_ANALYTICS_R10 } from './asked/analytics-r10.js';
import { ASKED_COMPUTE_R9 } from './asked/compute-r9.js';
import { ASKED_SECURITY_R9 } from './asked/security-r9.js';
import { ASKED_MEDIA_R9 } from './asked/media-r9.js';
import { ASKED_DEVTOOLS_R10 } from './asked/devtools-r10.js';
import { ASKED_APPS_R10 } from './asked/apps-r10.js';
import { ASKED_NETWORK_R10 } from './asked/network-r10.js';
import { ASKED_GOVERNANCE_R10 } from './asked/governance-r10.js';
import { ASKED_S3EDGE_R11 } from './asked/s3edge-r11.js';
import { ASKED_EC2_R11 } from './asked/ec2-r11.js';
import { ASKED_SERVERLESS_R11 } from './asked/serverless-r11.js';
import { ASKED_DATACONT_R11 } from './asked/datacont-r11.js';
import { ASKED_SECNET_R12 } from './asked/secnet-r12.js';
import { ASKED_SECNET_R12_2 } from './asked/secnet-r12-2.js';
import { ASKED_BUSINESS_R12 } from './asked/business-r12.js';
import { ASKED_BUSINESS_R12_2 } from './asked/business-r12-2.js';
import { ASKED_GOVSEC_R13 } from './asked/govsec-r13.js';
import { ASKED_READS_R14 } from './asked/reads-r14.js';
import { ASKED_BUSINESS_R12_3 } from './asked/business-r12-3.js';
import { ASKED_ML_R12 } from './asked/ml-r12.js';
import { ASKED_ML_R12_2 } from './asked/ml-r12-2.js';
import { ASKED_IOTMEDIA_R12 } from './asked/iotmedia-r12.js';
import { ASKED_IOTMEDIA_R12_2 } from './asked/iotmedia-r12-2.js';
import { ASKED_IOTMEDIA_R12_3 } from './asked/iotmedia-r12-3.js';
import { ASKED_AIMID_R13 } from './asked/aimid-r13.js';
import { ASKED_TAIL_R15 } from './asked/tail-r15.js';
import { ASKED_TAIL_R21 } from './asked/tail-r21.js';
import { ASKED_TAIL_R22 } from './asked/tail-r22.js';
import { ASKED_CHANGE_R22 } from './asked/change-r22.js';
import { ASKED_DIAG_R22 } from './asked/diag-r22.js';
import { ASKED_PARA_TOP_R17 } from './asked/para-top-r17.js';
import { ASKED_QUESTIONS_R18 } from './asked/questions-r18.js';
import { ASKED_MID_R19 } from './asked/mid-r19.js';
import { ASKED_DEVDATA_R12 } from './asked/devdata-r12.js';
import { ASKED_APPDEV_R13 } from './asked/appdev-r13.js';
import { ASKED_ANALYTICS_R13 } from './asked/analytics-r13.js';

export type { AskedEntry };

export const ASKED: readonly AskedEntry[] = [
  ...ASKED_COMPUTE,
  ...ASKED_COMPUTE_2,
  ...ASKED_COMPUTE_3,
  ...ASKED_COMPUTE_4,
  ...ASKED_COMPUTE_5,
  ...ASKED_COMPUTE_6,
  ...ASKED_COMPUTE_7,
  ...ASKED_COMPUTE_8,
  ...ASKED_COMPUTE_9,
  ...ASKED_STORAGE,
  ...ASKED_STORAGE_2,
  ...ASKED_STORAGE_3,
  ...ASKED_STORAGE_4,
  ...ASKED_STORAGE_5,
  ...ASKED_STORAGE_6,
  ...ASKED_STORAGE_7,
  ...ASKED_STORAGE_8,
  ...ASKED_STORAGE_R7,
  ...ASKED_STORAGE_R7_2,
  ...ASKED_STORAGE_R10,
  ...ASKED_NETWORK,
  ...ASKED_NETWORK_2,
  ...ASKED_NETWORK_3,
  ...ASKED_NETWORK_4,
  ...ASKED_NETWORK_5,
  ...ASKED_NETWORK_6,
  ...ASKED_NETWORK_7,
  ...ASKED_NETWORK_R7,
  ...ASKED_SECURITY,
  ...ASKED_SECURITY_2,
  ...ASKED_SECURITY_3,
  ...ASKED_SECURITY_4,
  ...ASKED_SECURITY_5,
  ...ASKED_SECURITY_6,
  ...ASKED_SECURITY_7,
  ...ASKED_SECURITY_8,
  ...ASKED_SECURITY_R7,
  ...ASKED_OBSERVABILITY,
  ...ASKED_OBSERVABILITY_2,
  ...ASKED_OBSERVABILITY_3,
  ...ASKED_OBSERVABILITY_4,
  ...ASKED_OBSERVABILITY_5,
  ...ASKED_OBSERVABILITY_6,
  ...ASKED_OBSERVABILITY_7,
  ...ASKED_OBSERVABILITY_R7,
  ...ASKED_OBSERVABILITY_R7_2,
  ...ASKED_INTEGRATION,
  ...ASKED_INTEGRATION_2,
  ...ASKED_INTEGRATION_3,
  ...ASKED_INTEGRATION_4,
  ...ASKED_INTEGRATION_5,
  ...ASKED_INTEGRATION_6,
  ...ASKED_INTEGRATION_7,
  ...ASKED_INTEGRATION_8,
  ...ASKED_INTEGRATION_9,
  ...ASKED_INTEGRATION_R7,
  ...ASKED_AI,
  ...ASKED_AI_2,
  ...ASKED_AI_3,
  ...ASKED_AI_4,
  ...ASKED_AI_5,
  ...ASKED_AI_6,
  ...ASKED_AI_7,
  ...ASKED_AI_8,
  ...ASKED_AI_9,
  ...ASKED_AI_R7,
  ...ASKED_AI_R7_2,
  ...ASKED_AI_R7_3,
  ...ASKED_MISC,
  ...ASKED_NEXT,
  ...ASKED_CORE,
  ...ASKED_DEEP,
  ...ASKED_INFRA,
  ...ASKED_APPS,
  ...ASKED_APPS_2,
  ...ASKED_CORE_2,
  ...ASKED_NEXT_2,
  ...ASKED_DEEP_2,
  ...ASKED_INFRA_2,
  ...ASKED_DEEP_3,
  ...ASKED_INFRA_3,
  ...ASKED_NEXT_3,
  ...ASKED_CORE_3,
  ...ASKED_APPS_3,
  ...ASKED_APPS_4,
  ...ASKED_DEEP_4,
  ...ASKED_INFRA_4,
  ...ASKED_CORE_4,
  ...ASKED_NEXT_4,
  ...ASKED_CORE_5,
  ...ASKED_NEXT_5,
  ...ASKED_APPS_5,
  ...ASKED_INFRA_5,
  ...ASKED_DEEP_5,
  ...ASKED_NEXT_6,
  ...ASKED_DEEP_6,
  ...ASKED_APPS_6,
  ...ASKED_CORE_6,
  ...ASKED_INFRA_6,
  ...ASKED_CORE_7,
  ...ASKED_INFRA_7,
  ...ASKED_APPS_7,
  ...ASKED_DEEP_7,
  ...ASKED_NEXT_7,
  ...ASKED_DEEP_8,
  ...ASKED_CORE_8,
  ...ASKED_NEXT_8,
  ...ASKED_DEEP_9,
  ...ASKED_DEEP_10,
  ...ASKED_MONEY_R8,
  ...ASKED_DEVOPS_R8,
  ...ASKED_NETWORK_R8,
  ...ASKED_DATA_R8,
  ...ASKED_DATAML_R9,
  ...ASKED_COMPUTE_R9,
  ...ASKED_SECURITY_R9,
  ...ASKED_MEDIA_R9,
  ...ASKED_DEVTOOLS_R10,
  ...ASKED_APPS_R10,
  ...ASKED_ANALYTICS_R10,
  ...ASKED_NETWORK_R10,
  ...ASKED_GOVERNANCE_R10,
  ...ASKED_S3EDGE_R11,
  ...ASKED_EC2_R11,
  ...ASKED_SERVERLESS_R11,
  ...ASKED_DATACONT_R11,
  ...ASKED_SECNET_R12,
  ...ASKED_SECNET_R12_2,
  ...ASKED_BUSINESS_R12,
  ...ASKED_BUSINESS_R12_2,
  ...ASKED_GOVSEC_R13,
  ...ASKED_READS_R14,
  ...ASKED_BUSINESS_R12_3,
  ...ASKED_ML_R12,
  ...ASKED_ML_R12_2,
  ...ASKED_IOTMEDIA_R12,
  ...ASKED_IOTMEDIA_R12_2,
  ...ASKED_IOTMEDIA_R12_3,
  ...ASKED_DEVDATA_R12,
  ...ASKED_APPDEV_R13,
  ...ASKED_ANALYTICS_R13,
  ...ASKED_AIMID_R13,
  ...ASKED_TAIL_R15,
  ...ASKED_TAIL_R21,
  ...ASKED_TAIL_R22,
  ...ASKED_CHANGE_R22,
  ...ASKED_DIAG_R22,
  ...ASKED_PARA_TOP_R17,
  ...ASKED_QUESTIONS_R18,
  ...ASKED_MID_R19,
];
