using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// One subscriber's digest: the matching facts ingested in [<see cref="Since"/>, <see cref="AsOf"/>), grouped by kind,
/// most important kind first, newest first within a kind. <see cref="AsOf"/> becomes the next digest's <see cref="Since"/>.
/// </summary>
public sealed record Digest(string Title, DateTimeOffset Since, DateTimeOffset AsOf, IReadOnlyList<DigestGroup> Groups)
{
    public int FactCount => Groups.Sum(g => g.Facts.Count);

    public bool IsEmpty => FactCount == 0;
}

/// <summary>The facts of one kind in a digest.</summary>
public sealed record DigestGroup(FactKind Kind, IReadOnlyList<Fact> Facts);
