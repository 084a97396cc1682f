// Data: how a pasted SQL statement is told from English ("run SELECT count(*) FROM sales on
// cluster analytics-rs", "UPDATE users SET active=0 ... on arn:aws:rds:..."). Its own words
// (select, update, delete, set, from) are the statement's, not the task's: read as words they
// pick UpdateSecret or DeleteTable. sql-text.ts reads the statement as "sql statement", which
// the Data APIs (rds-data, redshift-data) and Athena are found by. Each pattern says why and
// gives an example that must find its operation in the top five
// (test/integration/search/sql-text-r18.test.ts).

export interface SqlStart {
  readonly pattern: RegExp;
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

export const SQL_STARTS: readonly SqlStart[] = [
  {
    pattern: /\bSELECT\s[^]*?\sFROM\s/,
    why: 'SELECT ... FROM in capitals is a query pasted, not a person asking to select something',
    example: ['SELECT * FROM orders LIMIT 10 in athena workgroup primary', 'athena:StartQueryExecution'],
  },
  {
    pattern: /\bselect\s+(\*|count\s*\(|distinct\s)[^]*?\sfrom\s/i,
    why: 'select * / select count( / select distinct ... from is SQL whatever its case',
    example: ['run select count(*) from events on redshift cluster main', 'redshift-data:ExecuteStatement'],
  },
  {
    pattern: /\bUPDATE\s+[\w."]+\s+SET\s+[\w"]+\s*=/i,
    why: 'UPDATE table SET column = value changes rows of a table, not an AWS resource',
    example: ['UPDATE users SET plan=1 WHERE id=7 on my aurora cluster', 'rds-data:ExecuteStatement'],
  },
  {
    pattern: /\b(INSERT\s+INTO|DELETE\s+FROM)\s+[\w."]+/i,
    why: 'INSERT INTO / DELETE FROM a table are statements run against a database',
    example: [
      'DELETE FROM sessions WHERE expired on redshift cluster main',
      'redshift-data:ExecuteStatement',
    ],
  },
];

/**
 * Where a statement ends: an English phrase that says where to run it ("on cluster x", "on
 * arn:", "against the database", "with secret ...", "in workgroup ...").
 */
export const SQL_END =
  /\s(?=(on|against|in|using|with|via|through)\s+(the|my|our|an?|cluster|database|db|workgroup|arn:|secret|athena|redshift|aurora|rds|serverless)\b)/;

/** A statement's own verbs: read as the task's, they would pick Update*, Delete*, Create*. */
export const SQL_VERBS = /\b(select|update|delete|insert|into|set|create|drop|alter|truncate)\b/gi;

/** What a statement reads as. */
export const SQL_WORDS = 'sql statement';
