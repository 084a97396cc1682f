// Data: the services whose capacity Application Auto Scaling scales, read by the managing-service
// entries (managed-by-r16-services.ts, managed-by-r17-cross.ts): scaling one of their things with
// load is Application Auto Scaling's, not the service's own update.

/** Services whose capacity Application Auto Scaling scales (its ScalableDimension values). */
export const SCALABLE = [
  'ecs',
  'dynamodb',
  'rds',
  'lambda',
  'sagemaker',
  'elasticache',
  'emr',
  'keyspaces',
  'kafka',
  'neptune',
  'appstream',
  'comprehend',
];
