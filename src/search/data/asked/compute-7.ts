// Data: how people ask for operations (see ../asked.ts), compute services: load balancers (elbv2
// for application, network and gateway balancers, elb for the classic one) and container
// registries (ecr, ecr-public).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_7: readonly AskedEntry[] = [
  {
    op: 'elbv2:CreateLoadBalancer',
    asked:
      'new alb or nlb, spread traffic across servers, public entry point for a web app, internet facing or internal balancer, layer 7 or layer 4',
    example: 'new internet-facing alb for the shop site in two public subnets',
  },
  {
    op: 'elbv2:DescribeLoadBalancers',
    asked:
      'dns name of the alb, which balancers exist, scheme and state, find the nlb hostname, arn of a balancer',
    example: 'what is the dns hostname of the prod-web alb',
  },
  {
    op: 'elbv2:DeleteLoadBalancer',
    asked: 'remove an alb or nlb, tear down the balancer, stop paying for an unused balancer',
    example: 'delete the staging alb, nothing points at it',
  },
  {
    op: 'elbv2:CreateTargetGroup',
    asked:
      'pool of backends, group of servers or containers or ips to send traffic to, health check path, port and protocol of backends',
    example: 'make a backend pool of ip targets on port 8080 with health check /healthz',
  },
  {
    op: 'elbv2:RegisterTargets',
    asked:
      'add a server behind the load balancer, put a machine into rotation, add backend ip, send traffic to new host, add a machine to a backend pool behind the alb',
    example: 'add server i-0abc on port 8080 to the web-tg backend pool of my alb',
  },
  {
    op: 'elbv2:DeregisterTargets',
    asked:
      'take a server out of the load balancer, remove backend from rotation, drain a host, stop sending traffic to it, take a host out of the lb pool, out of the target group before patching',
    example: 'stop sending alb traffic to i-0abc so i can patch it',
  },
  {
    op: 'elbv2:DescribeTargetHealth',
    asked:
      'are my backends healthy, why is target unhealthy, 502 or 503 errors, health check failing, which servers get traffic, draining state, are the boxes passing their checks, instances registered in a target group',
    example: 'why are my servers failing alb health checks and returning 502',
  },
  {
    op: 'elbv2:ModifyTargetGroup',
    asked:
      'change the health check path, healthy threshold, check interval and timeout, matcher codes, update probe settings of a backend pool, health checks should hit a path, treat redirects as healthy, success codes',
    example: 'alb health checks for web-tg should hit /status and treat redirects as healthy',
  },
  {
    op: 'elbv2:ModifyTargetGroupAttributes',
    asked:
      'sticky sessions, deregistration delay, drain timeout, connection draining, how long to wait for in-flight requests before removing a host, slow start, load balancing algorithm least outstanding, stickiness on, deregistration delay in seconds, time the load balancer waits for in-flight requests before a deregistering target is dropped',
    example: 'turn on session affinity cookies for web-tg and cut drain time to 30 seconds',
  },
  {
    op: 'elbv2:CreateListener',
    asked:
      'listen on port 443, https with a certificate, redirect http to https, forward port 80 to backends, front door port',
    example: 'accept https on 443 on my alb with cert arn:aws:acm:us-east-1:123456789012:certificate/abc',
  },
  {
    op: 'elbv2:ModifyListener',
    asked:
      'swap the tls certificate, change default action, change ssl policy, move http to https redirect, replace an expiring certificate, certificate expires, switch to the new cert, replace cert on port 443, send plain http traffic on to https, redirect http to https on the alb, force https on the load balancer listener',
    example: 'the cert on prod-web alb 443 expires friday, switch to the new one',
  },
  {
    op: 'elbv2:CreateRule',
    asked:
      'path based routing, route /api to another backend, host header routing, fixed response, weighted forward, send a url path to different backends, listener rule that forwards a path to a target group, send requests whose path matches to another target group or pool of servers',
    example: 'add a listener rule on the alb that sends /api/* to the api target group',
  },
  {
    op: 'elbv2:ModifyRule',
    asked:
      'change where a routing rule sends traffic, shift weights between backends, blue green traffic split, move a percentage of a path to the green backends, point a path rule at another target group, send the /api rule to new backends',
    example: 'on the alb, move 20 percent of /checkout traffic to the green backends',
  },
  {
    op: 'elbv2:DescribeRules',
    asked: 'which routing rules are on a port, path and host conditions, priorities and actions',
    example: 'what path and host routing is configured on the 443 port of prod-web',
  },
  {
    op: 'elbv2:ModifyLoadBalancerAttributes',
    asked:
      'turn on access logs to s3, deletion protection, idle timeout, http2, cross zone, drop invalid headers, enable deletion protection on the alb, turn on delete protection for a load balancer, raise the load balancer idle timeout',
    example: 'write alb request logs to s3://lb-logs and raise the idle timeout to 120 seconds',
  },
  {
    op: 'elbv2:DescribeTargetGroups',
    asked:
      'which backend pools exist, probe settings of a pool, which balancer uses a pool, port and protocol of backends',
    example: 'which backend pools are attached to the prod-web alb',
  },
  {
    op: 'elbv2:DescribeListeners',
    asked:
      'which ports does the balancer listen on, protocols and certificates of a balancer, default action, what listeners does the load balancer have, which ports and certs is the alb set up with, is 443 configured on the balancer, what is my alb listening on',
    example: 'show the ports and tls certs configured on the prod-web alb',
  },
  {
    op: 'elb:CreateLoadBalancer',
    asked: 'classic load balancer, old style elb, legacy balancer for ec2-classic era apps',
    example: 'create a classic elb on port 80 for the legacy app',
  },
  {
    op: 'elb:RegisterInstancesWithLoadBalancer',
    asked: 'add servers behind a classic elb, put machines into the legacy balancer',
    example: 'put i-0abc and i-0def into my classic elb',
  },
  {
    op: 'elb:DescribeInstanceHealth',
    asked:
      'are servers in service on the classic elb, outofservice reason, legacy balancer health, are the instances behind a classic elb passing health checks',
    example: 'which backends of my classic elb are unhealthy',
  },
  {
    op: 'elb:ConfigureHealthCheck',
    asked:
      'classic elb health check target, ping path and thresholds for the legacy balancer, check interval, probe a health url every n seconds',
    example: 'set the classic elb health check to http:80/health every 10 seconds',
  },
  {
    op: 'ecr:CreateRepository',
    asked:
      'private docker registry, place to push container images, new image repo, store docker images, scan on push, immutable tags',
    example: 'make a private docker repo called payments-api with scan on push',
  },
  {
    op: 'ecr:GetAuthorizationToken',
    asked:
      'docker login, log in to the registry, credentials to push or pull, no basic auth credentials error, password for docker, log docker in to a private registry, sign in before pushing images, authorization token has expired, token lasts 12 hours, push denied because the registry login expired',
    example: 'ecr rejects my docker push with an authentication error',
  },
  {
    op: 'ecr:DescribeImages',
    asked:
      'which docker images are in a repo, image tags, digest, push date, size of images, scan status, when was a docker tag pushed, how big is an image, push times and sizes of images',
    example: 'when was the latest docker tag of payments-api pushed and how big is it',
  },
  {
    op: 'ecr:ListImages',
    asked: 'list tags and digests in a repo, untagged images ids, all image ids',
    example: 'give me every tag and digest in the payments-api repo',
  },
  {
    op: 'ecr:BatchDeleteImage',
    asked: 'delete docker images, remove old tags, clean up untagged images, purge container images',
    example: 'remove the untagged and old v1 images from payments-api',
  },
  {
    op: 'ecr:DescribeRepositories',
    asked: 'which docker repos exist, repository uri for docker push, registry url of a repo',
    example: 'what is the uri to docker push to payments-api',
  },
  {
    op: 'ecr:PutLifecyclePolicy',
    asked:
      'automatically expire old docker images, keep only the last 10 images, clean up untagged images after days, retention rules, expire images by age or count so repository storage stops growing, automatic cleanup rule',
    example: 'only keep the 10 newest images in payments-api and expire the rest',
  },
  {
    op: 'ecr:DescribeImageScanFindings',
    asked:
      'vulnerabilities in my docker image, cves found in a container image, scan results, critical findings, are there critical vulnerabilities in an image I pushed, scan report of an image uri, findings for an image tag',
    example: 'what cves were found in payments-api:1.4.2',
  },
  {
    op: 'ecr:StartImageScan',
    asked:
      'scan a docker image for vulnerabilities now, rescan a container image, check image for cves, on demand scan',
    example: 'rescan payments-api:1.4.2 in ecr for security issues',
  },
  {
    op: 'ecr:SetRepositoryPolicy',
    asked:
      'let another account pull my images, cross account docker pull, repo permissions, allow lambda to pull, share images with our other aws accounts',
    example: 'let account 111122223333 pull images from payments-api',
  },
  {
    op: 'ecr:PutReplicationConfiguration',
    asked:
      'copy docker images to other regions or accounts automatically, replicate registry, cross region image copies, mirror every pushed docker image to another region',
    example: 'mirror every docker image we push to eu-west-1 as well',
  },
  {
    op: 'ecr:CreatePullThroughCacheRule',
    asked:
      'cache docker hub images, mirror public registry, avoid docker hub rate limits, pull through cache for quay or ghcr',
    example: 'keep copies of docker hub images in ecr so we stop getting throttled',
  },
  {
    op: 'ecr:PutImageTagMutability',
    asked:
      'stop tags being overwritten, immutable tags, prevent pushing the same tag twice, nobody can overwrite a docker tag',
    example: 'make sure nobody can overwrite the v1.0 docker tag in payments-api again',
  },
  {
    op: 'ecr-public:CreateRepository',
    asked:
      'public docker repo, share container images with everyone, public gallery listing, open source image anyone can pull',
    example: 'new world-readable repo on public.ecr.aws for our oss tool',
  },
  {
    op: 'ecr-public:GetAuthorizationToken',
    asked: 'docker login to the public gallery, push to public.ecr.aws, credentials for public registry',
    example: 'authenticate docker so i can publish to the public gallery',
  },
];
