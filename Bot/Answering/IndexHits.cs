using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Answering;

/// <summary>What one index search found: facts in order with their scores (NaN when sorted by date), and how many matched.</summary>
public sealed record IndexHits(IReadOnlyList<Fact> Facts, IReadOnlyList<float> Scores, int Total);
