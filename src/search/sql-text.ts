// Reads a pasted SQL statement as the words "sql statement" (data/sql-text-r18.ts): its own
// words (select, update, set, from) say what the statement does to rows, not which AWS
// operation runs it; the English around it (the verb before, "on cluster x" after) is kept.

import { SQL_END, SQL_STARTS, SQL_VERBS, SQL_WORDS } from './data/sql-text-r18.js';

/** The query with its first SQL statement, if any, read as "sql statement". */
export function readSql(query: string): string {
  let at = -1;
  for (const s of SQL_STARTS) {
    const m = s.pattern.exec(query);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) return query;
  const rest = query.slice(at);
  const end = SQL_END.exec(rest);
  const tail = end ? rest.slice(end.index) : '';
  // its other words (from, where, limit, the table's name) still say which engine reads it
  const body = (end ? rest.slice(0, end.index) : rest).replace(SQL_VERBS, ' ');
  // with no verb typed before it, a pasted statement is there to be run
  const before = query.slice(0, at);
  const lead = before.trim() === '' ? `run ${SQL_WORDS}` : SQL_WORDS;
  return `${before}${lead} ${body}${tail}`;
}
