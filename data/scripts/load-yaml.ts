import { LineCounter, parseDocument, isSeq } from 'yaml';

/** One entry of a data file, with where it stands so messages can point at it. */
export interface RawRecord {
  file: string;
  index: number;
  line: number;
  value: unknown;
}

export interface Problem {
  file: string;
  /** The record's id when it has one, else `#<index>`; empty for file-level problems. */
  record: string;
  line?: number | undefined;
  field: string;
  message: string;
}

/** Parses a YAML list into records with line numbers; a file that is not a YAML list is a problem. */
export function loadYamlList(file: string, text: string): { records: RawRecord[]; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      records: [],
      problems: doc.errors.map((error) => ({
        file,
        record: '',
        line: lineCounter.linePos(error.pos[0]).line,
        field: '(yaml)',
        message: error.message.split('\n')[0] ?? 'invalid YAML',
      })),
    };
  }
  if (doc.contents === null) return { records: [], problems: [] };
  if (!isSeq(doc.contents)) {
    return {
      records: [],
      problems: [
        { file, record: '', field: '(file)', message: 'must be a YAML list of records (- id: ...)' },
      ],
    };
  }
  const values: unknown = doc.toJS();
  const list = Array.isArray(values) ? values : [];
  const records = doc.contents.items.map((item, index) => {
    const offset = item && typeof item === 'object' && 'range' in item && item.range ? item.range[0] : 0;
    return { file, index, line: lineCounter.linePos(offset).line, value: list[index] as unknown };
  });
  return { records, problems: [] };
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.record && `record ${p.record}`, p.line !== undefined && `line ${p.line}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: field "${p.field}": ${p.message}`;
}
