// Data: services that have a newer API under another id. People name the product ("ses",
// "waf"), and the newer API is what new code calls, so a name of the old API names the new one
// just as strongly (the old one keeps its own match). Each entry says why and gives an example
// query that must find the newer API's operation in the top five.

export interface NewerApi {
  /** The id of the API that replaces or supersedes this one. */
  readonly current: string;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

// not waf -> wafv2: people still name "waf classic" (waf, waf-regional), and wafv2 already
// gets `waf` as its family head
export const NEWER_APIS: Readonly<Record<string, NewerApi>> = {
  ses: {
    current: 'sesv2',
    why: 'SES v2 is the current email API (v1 stays for old code); "ses" names both',
    example: ['create a contact list in ses', 'sesv2:CreateContactList'],
  },
  kinesisanalytics: {
    current: 'kinesisanalyticsv2',
    why: 'Kinesis Data Analytics v2 (Managed Flink) replaced the SQL-only v1 API',
    example: ['start my kinesis analytics application', 'kinesisanalyticsv2:StartApplication'],
  },
  greengrass: {
    current: 'greengrassv2',
    why: 'IoT Greengrass V1 reached end of life; core devices, components and deployments are the V2 API',
    example: ['list greengrass deployments', 'greengrassv2:ListDeployments'],
  },
  mediapackage: {
    current: 'mediapackagev2',
    why: 'MediaPackage v2 (channel groups) is the current live packaging API; "mediapackage" names both',
    example: ['create a mediapackage channel for the concert', 'mediapackagev2:CreateChannel'],
  },
  inspector: {
    current: 'inspector2',
    why: 'Amazon Inspector (v2) replaced Inspector Classic, which takes no new customers; "inspector" names both',
    example: ['scan the ecr images with inspector', 'inspector2:Enable'],
  },
};
