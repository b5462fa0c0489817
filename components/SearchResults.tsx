import type { SearchResult } from '../utils/extension-messages';

export function SearchResults({ results, onOpen }: { results: SearchResult[]; onOpen(r: SearchResult): void }) {
  return (
    <ul className="kw-results">
      {results.map((r) => (
        <li key={r.key}>
          <button type="button" onClick={() => onOpen(r)}>
            <span className="kw-result-title">{r.title}</span>
            <span className="kw-result-detail">{r.detail}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
