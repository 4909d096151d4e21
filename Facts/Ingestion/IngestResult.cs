using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Ingestion;

/// <summary>What ingesting an article did: its id, whether it was new (false when its URL and text, or its text, were known), and its facts.</summary>
public sealed record IngestResult(string ArticleId, bool Created, IReadOnlyList<Fact> Facts);
