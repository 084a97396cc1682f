// Data: how people ask for operations (see ../asked.ts), security services: kms, secrets
// manager, acm and private certificate authorities.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_4: readonly AskedEntry[] = [
  {
    op: 'kms:CreateKey',
    asked:
      'encryption key, customer managed key, cmk, master key for encrypting data, symmetric or asymmetric, bring my own key for s3 or ebs, scramble data with my own key',
    example: 'I need a new kms key for encrypting payment records',
  },
  {
    op: 'kms:Encrypt',
    asked:
      'scramble a small piece of data, protect plaintext, turn text into ciphertext, cipher a password or token, up to 4 kb',
    example: 'scramble this small api token with alias/app before storing it',
  },
  {
    op: 'kms:Decrypt',
    asked:
      'unscramble ciphertext, read encrypted data back, turn ciphertext into plaintext, recover an encrypted value, decipher, turn ciphertext back into plaintext, get the original text back from an encrypted blob',
    example: 'unscramble this ciphertext blob back into plain text',
  },
  {
    op: 'kms:GenerateDataKey',
    asked:
      'envelope encryption, key for encrypting large files locally, plaintext and encrypted copy of a key, client-side encryption of big data',
    example: 'I need a key to encrypt a 2 gb file myself with envelope encryption',
  },
  {
    op: 'kms:ReEncrypt',
    asked:
      'move ciphertext to another key without exposing plaintext, switch encrypted data to a new key, re-key data',
    example: 'switch this ciphertext over to alias/new-app without seeing the plaintext',
  },
  {
    op: 'kms:ScheduleKeyDeletion',
    asked:
      'remove an encryption key after a waiting period, destroy a key, pending deletion, 7 to 30 days, retire a cmk for good, get rid of a key',
    example: 'get rid of the old-app kms key after a week of waiting',
  },
  {
    op: 'kms:CancelKeyDeletion',
    asked:
      'undo a pending key removal, save a key scheduled to be destroyed, stop the deletion countdown, oops i deleted an encryption key, stop a key from being destroyed, call off the scheduled destruction, rescue a cmk before its waiting period ends, keep the key we marked for removal',
    example: 'the kms key is pending deletion by mistake, keep it',
  },
  {
    op: 'kms:DisableKey',
    asked:
      'temporarily stop an encryption key from being used, block decrypting, suspend a cmk without destroying it, freeze a key',
    example: 'temporarily stop anyone decrypting with key 1234abcd-12ab-34cd-56ef-1234567890ab',
  },
  {
    op: 'kms:EnableKeyRotation',
    asked:
      'rotate an encryption key every year automatically, turn on yearly rotation, compliance requires periodic key material change, refresh the material yearly, swap the backing material every year on its own, automatic annual rotation of a cmk, new material each year without re-encrypting',
    example: 'let kms refresh the material of alias/app-data every year by itself',
  },
  {
    op: 'kms:GetKeyRotationStatus',
    asked:
      'is yearly rotation on, when will the key material change next, check rotation period, is my cmk rotated, is automatic rotation enabled for a kms key',
    example: 'is automatic rotation turned on for our cmk alias/app-data',
  },
  {
    op: 'kms:PutKeyPolicy',
    asked:
      'who can use an encryption key, let another account decrypt, change key permissions, allow a role to use a cmk, key access control json, replace the policy document on a key, overwrite the key policy, change who may use or manage a cmk',
    example: 'allow account 111122223333 to decrypt with our cmk',
  },
  {
    op: 'kms:GetKeyPolicy',
    asked:
      'who is allowed to use this encryption key, show key permissions json, which accounts can decrypt, read the access rules of a cmk',
    example: 'who is allowed to decrypt with alias/app-data',
  },
  {
    op: 'kms:CreateGrant',
    asked:
      'temporary delegated permission on an encryption key, let a service use a cmk on my behalf, programmatic key access without editing the key policy, let a service or role use our key for a specific resource temporarily, temporary permission on a cmk, let a role use the key to decrypt or encrypt without editing the key policy',
    example: 'delegate decrypt on our cmk to the batch role without editing its key policy',
  },
  {
    op: 'kms:CreateAlias',
    asked:
      'friendly name for an encryption key, alias/ name, refer to a key by name instead of id, nickname for a cmk, give a key a name, name a key alias/something, friendly name for a new cmk',
    example: 'call key 1234abcd-12ab-34cd-56ef-1234567890ab alias/payments so apps can refer to it by name',
  },
  {
    op: 'kms:ListAliases',
    asked:
      'which friendly names point to which encryption keys, find a key by its alias, what does alias/app map to',
    example: 'which kms key ids do our aliases point to',
  },
  {
    op: 'kms:DescribeKey',
    asked:
      'details of an encryption key, is it enabled, key state, is it pending deletion, has the scheduled deletion happened, deletion date, when created, symmetric or asymmetric, key spec, who manages it, aws managed or customer managed',
    example: 'is alias/payments enabled and is it symmetric',
  },
  {
    op: 'kms:ListKeys',
    asked: 'all encryption keys in this region, inventory of cmks, how many keys do we have, key ids',
    example: 'show every encryption key we have in us-east-1',
  },
  {
    op: 'kms:Sign',
    asked:
      'digital signature with an asymmetric key, sign a message or digest, prove authenticity, signing with a private key that never leaves',
    example: 'produce a digital signature for this release manifest with our asymmetric cmk',
  },
  {
    op: 'kms:Verify',
    asked:
      'check a digital signature, validate that a message was signed, is this signature genuine, authenticity check',
    example: 'check whether this signature on the manifest is genuine',
  },
  {
    op: 'kms:GetPublicKey',
    asked: 'download the public half of an asymmetric key, share the public key, pem for verifying outside',
    example: 'download the public half of our asymmetric signing cmk',
  },
  {
    op: 'kms:GenerateRandom',
    asked: 'cryptographically secure random bytes, random number, entropy, nonce, salt',
    example: 'get 32 cryptographically secure random bytes',
  },
  {
    op: 'secretsmanager:CreateSecret',
    asked:
      'store a database password, save an api key safely, keep credentials out of code, vault for connection strings, stash a token, keep an api key out of my code, stop hardcoding credentials in the repo',
    example: 'store the prod database password somewhere safe instead of in code',
  },
  {
    op: 'secretsmanager:GetSecretValue',
    asked:
      'read a stored password, fetch the api key at runtime, retrieve credentials, what is the database password, look up a token, value of prod/app/db style names for a script or job, my function needs the database credentials at startup, pull creds at boot',
    example: 'read the stored db password from my app at runtime',
  },
  {
    op: 'secretsmanager:BatchGetSecretValue',
    asked:
      'fetch many stored passwords at once, read several api keys in one call, retrieve up to 20 credentials together, single request for many, load lots of secrets at startup, app boot',
    example: 'load 15 secrets in a single request when the app boots',
  },
  {
    op: 'secretsmanager:PutSecretValue',
    asked:
      'store a fresh password value, change the stored api key, update credentials with a new version, replace the token, update a stored api key or password to a new value, store a new value for an existing secret',
    example: 'store the fresh database password for prod/db/password as its current version',
  },
  {
    op: 'secretsmanager:UpdateSecret',
    asked:
      'change the description or encryption key of a stored password, edit stored credentials metadata, switch the cmk protecting a secret, change the description or kms key of a secret, edit the settings of a secret',
    example: 'make the stored db password secret use our own cmk instead of the default',
  },
  {
    op: 'secretsmanager:RotateSecret',
    asked:
      'change the database password every 30 days automatically, rotation lambda, schedule automatic password changes, rotate now',
    example: 'rotate the prod db credentials on a 30 day schedule',
  },
  {
    op: 'secretsmanager:CancelRotateSecret',
    asked:
      'stop automatic password changes, turn off rotation, rotation is failing so pause it, keep the db password as it is, no more scheduled credential swaps, disable the rotation schedule, keep the password from changing on its own, stop the periodic swap of a credential',
    example: 'stop the automatic rotation of the reporting database password',
  },
  {
    op: 'secretsmanager:DeleteSecret',
    asked:
      'remove a stored password, get rid of an unused api key, recovery window, force delete without recovery, schedule a secret for deletion, force delete with no recovery window',
    example: 'remove the staging api token secret immediately, skipping the 7-day wait',
  },
  {
    op: 'secretsmanager:RestoreSecret',
    asked:
      'undo deleting a stored password, bring back credentials scheduled for removal, recover within the recovery window, undo deleting a secret still in its recovery window, recover a deleted secret',
    example: 'bring back the staging api key I scheduled for removal',
  },
  {
    op: 'secretsmanager:ListSecrets',
    asked:
      'which passwords and api keys are stored, inventory of credentials, find a stored secret by name, when was each last rotated, find a secret by part of its name, search secrets by name or tag',
    example: 'show all stored passwords and api keys in this account',
  },
  {
    op: 'secretsmanager:DescribeSecret',
    asked:
      'when was this stored password last rotated, last accessed, rotation schedule, which kms key protects it, metadata without the value, which kms key encrypts a secret, last rotated date of a secret',
    example: 'when was prod/db/password last rotated and when is the next rotation',
  },
  {
    op: 'secretsmanager:GetRandomPassword',
    asked:
      'generate a strong password, random password with symbols, passphrase, exclude punctuation, 32 characters',
    example: 'make me a 32 char random password with no special characters',
  },
  {
    op: 'secretsmanager:PutResourcePolicy',
    asked:
      'let another account read a stored password, share credentials cross-account, share with another account, who can fetch this secret, access control on a secret',
    example: 'share our stored api key secret with account 111122223333',
  },
  {
    op: 'secretsmanager:ReplicateSecretToRegions',
    asked:
      'copy a stored password to another region, disaster recovery for credentials, multi-region secret, copy an api credential or token to a second region, region copy of a stored credential for dr, make the secret available in us-west-2 too',
    example: 'keep a copy of the db credentials secret in eu-west-1 too',
  },
  {
    op: 'acm:RequestCertificate',
    asked:
      'free ssl certificate, https for my domain, tls cert for a load balancer or cloudfront, wildcard cert, dns validation, get a public certificate, make me a cert for a domain, wildcard cert for a domain, https certificate for my domain',
    example: 'https for api.example.com via acm with a dns record',
  },
  {
    op: 'acm:ImportCertificate',
    asked:
      'upload a third-party ssl certificate, bring my own cert from digicert or letsencrypt, pem with private key and chain, a cert we bought elsewhere, certificate purchased from a vendor, get an outside cert into aws so the load balancer can use it',
    example: 'bring our letsencrypt pem files into acm',
  },
  {
    op: 'acm:DescribeCertificate',
    asked:
      'when does the ssl cert expire, cert expiry date, not after date, validation status, which domains does it cover, is it in use, dns validation record to add, pending validation, expiry of a tls certificate, when a tls cert runs out, details of one tls cert, issued yet, which load balancers or distributions use the cert, is the certificate in use, renewal status of a cert',
    example: 'is the acm cert for shop.example.com still pending dns validation',
  },
  {
    op: 'acm:ListCertificates',
    asked:
      'all ssl certs in this region, which domains have https certs, find expiring certificates, inventory of tls certs, all acm certs with status issued, certs in this region',
    example: 'show every ssl cert we have in us-east-1 and its domain',
  },
  {
    op: 'acm:DeleteCertificate',
    asked: 'remove an unused ssl cert, get rid of an expired tls certificate, clean up old https certs',
    example: 'clean up the acm cert for the decommissioned old.example.com',
  },
  {
    op: 'acm:ExportCertificate',
    asked:
      'download a private cert with its private key, use a certificate on my own servers, export pem for nginx',
    example: 'I need the private acm cert and its key as files for an on-prem apache',
  },
  {
    op: 'acm:RenewCertificate',
    asked: 'ssl cert about to expire, force renewal now, extend a private certificate, renew early',
    example: 'the private cert for internal.example.com expires soon, extend it now',
  },
  {
    op: 'acm-pca:CreateCertificateAuthority',
    asked:
      'private ca, internal certificate authority, issue internal tls certs, root or subordinate ca, mutual tls for services, run our own ca, operate our own issuer of certificates for internal services',
    example: 'stand up a private root ca for service to service mtls',
  },
  {
    op: 'acm-pca:IssueCertificate',
    asked:
      'sign a csr with our private ca, mint a client certificate, internal cert for a device, x.509 for mtls, signing request, hand out a private tls certificate, issue an internal cert from our own ca, new certificate for an internal service or host',
    example: 'our private ca should mint a cert from this signing request',
  },
  {
    op: 'acm-pca:RevokeCertificate',
    asked:
      'invalidate a compromised internal cert, crl, ocsp, distrust a client certificate issued by our private ca',
    example: 'the device was stolen, put its private ca cert on the crl',
  },
  {
    op: 'acm-pca:GetCertificateAuthorityCertificate',
    asked: 'download the root ca cert, trust bundle, chain to install on clients, ca pem',
    example: "export the private ca's own certificate so clients trust it",
  },
];
