// The one list of AWS protocol compliance cases our path does not pass, each with its reason.
// Stale-checked by test/conformance/protocols/protocol-cases.test.ts: a listed case that starts
// passing, or disappears from the suite, fails the test so this list never lies.

const GZIP = 'requestCompression (gzip) is a middleware outside the wire protocol; not implemented yet';
const GZIP_APPEND =
  'requestCompression appends gzip to a provided Content-Encoding; middleware not implemented yet';

export const PROTOCOL_KNOWN_GAPS: Readonly<Record<string, string>> = {
  'input/ec2#SDKAppliedContentEncoding_ec2Query': GZIP,
  'input/ec2#SDKAppendsGzipAndIgnoresHttpProvidedEncoding_ec2Query': GZIP,
  'input/json#SDKAppliedContentEncoding_awsJson1_1': GZIP,
  'input/json#SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsJson1_1': GZIP,
  'input/json_1_0#SDKAppliedContentEncoding_awsJson1_0': GZIP,
  'input/json_1_0#SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsJson1_0': GZIP,
  'input/query#SDKAppliedContentEncoding_awsQuery': GZIP,
  'input/query#SDKAppendsGzipAndIgnoresHttpProvidedEncoding_awsQuery': GZIP,
  'input/rest-json#SDKAppliedContentEncoding_restJson1': GZIP,
  'input/rest-json#SDKAppendedGzipAfterProvidedEncoding_restJson1': GZIP_APPEND,
  'input/rest-xml#SDKAppliedContentEncoding_restXml': GZIP,
  'input/rest-xml#SDKAppendedGzipAfterProvidedEncoding_restXml': GZIP_APPEND,
  'input/rest-json#RestJsonHttpChecksumRequired':
    'Content-MD5 for @httpChecksumRequired is added by checksum middleware, not the protocol; not implemented yet',
  'input/rest-json#RestJsonHttpPayloadWithUnsetUnion':
    'AwsRestJsonProtocol writes {} for an unset union payload where the suite expects an empty body',
  'input/rest-xml#XmlNamespaces':
    "AwsRestXmlProtocol does not repeat a nested structure's own xmlNamespace on its element (semantically the same namespace)",
  'output/rest-json#RestJsonDeserializesDenseSetMapAndSkipsNull':
    'the JSON deserializer keeps a null value in a dense map of sets where botocore drops it',
  'output/smithy-rpc-v2-cbor#RpcV2CborDeserializesDenseSetMapAndSkipsNull':
    'the CBOR deserializer keeps a null value in a dense map of sets where botocore drops it',
};
