// Data: words after which (and a determiner: `from the`, `in my`) a query names where the thing it acts on lives, not the thing itself.
// "remove user#17 from the Sessions table" deletes an item, not the table; an operation whose
// name says only the container (DeleteTable) answers another task than one that names the thing.
// Each entry says why and gives a query whose first result must be the operation shown.

import type { Reasoned } from './reasoned.js';

export const CONTAINER_WORDS: Readonly<Record<string, Reasoned>> = {
  from: {
    why: 'the source a thing is taken out of or read from: the thing comes before it',
    example: ['remove user#17 from the Sessions table', 'dynamodb:DeleteItem'],
  },
  in: {
    why: 'the place a thing sits: the thing acted on comes before it',
    example: ['delete the message in the orders queue', 'sqs:DeleteMessage'],
  },
  inside: {
    why: 'the place a thing sits, like in',
    example: ['delete the object inside my bucket tmp-bucket', 's3:DeleteObject'],
  },
  within: {
    why: 'the place a thing sits, like in',
    example: ['get the item with key 42 within the Orders table', 'dynamodb:GetItem'],
  },
  behind: {
    why: 'the servers behind a load balancer or a proxy are what it sends to: the things come before it (round 20)',
    example: ['are the servers behind the alb web-prod healthy', 'elbv2:DescribeTargetHealth'],
  },
};

/**
 * Closing words of a question asking what a thing belongs to ("which groups is user bob in",
 * "what OUs is account 1234 part of"): the words between the copula and them name the one
 * thing whose containers are asked for (the For<Y> of List<X>For<Y>). Issue 16, round 12.
 */
export const MEMBERSHIP_ENDS: Readonly<Record<string, Reasoned>> = {
  in: {
    why: 'which groups something is in lists the groups for that one thing',
    example: ['which groups is user ana in', 'iam:ListGroupsForUser'],
  },
  'part of': {
    why: 'what something is part of lists what holds that one thing, like in',
    example: ['which groups is thing pump-7 part of', 'iot:ListThingGroupsForThing'],
  },
  'member of': {
    why: 'what something is a member of lists what holds that one thing, like in',
    example: ['which groups is user ana a member of', 'iam:ListGroupsForUser'],
  },
  'belong to': {
    why: 'what something belongs to lists what holds that one thing, like in',
    example: ['which groups does user ana belong to', 'iam:ListGroupsForUser'],
  },
};

/** Words after which the one thing of a membership question is named ("is", "does"). */
export const MEMBERSHIP_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'does', 'do']);
