// Who this program is: the MCP server identity and the product token of the AWS User-Agent.

export const SERVER_NAME = 'aws-tool-mcp';
export const SERVER_VERSION = '0.1.0';
