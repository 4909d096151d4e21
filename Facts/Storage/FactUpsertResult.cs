using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Storage;

/// <summary>What storing facts did: how many were new, and the facts as stored (ids set; known facts keep their first ingestion time).</summary>
public sealed record FactUpsertResult(int Added, IReadOnlyList<Fact> Facts);
