// The catalog's public surface, for the composition root and the layers above (search, policy,
// tools). Everything else in this folder is an implementation detail.

export type {
  Catalog,
  OperationEntry,
  PaginationInfo,
  ProtocolName,
  ResolvedOperation,
  Risk,
  ServiceEntry,
} from './types.js';
export type { CatalogData, CatalogLogger, ReadModel } from './data-format.js';
export { CATALOG_SCHEMA_VERSION } from './data-format.js';
export { openCatalog, loadCatalogData, DEFAULT_LRU_SIZE, type OpenCatalogOptions } from './open.js';
export { buildCatalog } from './build.js';
export { ModelCatalog } from './catalog.js';
export { classifyRisk, matchesDestructivePattern, type RiskOverrides } from './risk.js';
