using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Understanding;

/// <summary>What a question asks about, as structured filters plus the words to rank by.</summary>
public sealed record Question(string Text)
{
    public QuestionForm Form { get; init; }

    /// <summary>Kinds named outright (Article 4, Article 5, statements): only facts of these kinds answer.</summary>
    public IReadOnlySet<FactKind> RequiredKinds { get; init; } = new HashSet<FactKind>();

    /// <summary>Kinds hinted at ("troops" → deployments): preferred in ranking, not required.</summary>
    public IReadOnlySet<FactKind> PreferredKinds { get; init; } = new HashSet<FactKind>();

    /// <summary>Canonical country names mentioned.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Full names of known people mentioned (by full or last name).</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>The period asked about, when the question names one.</summary>
    public DateRange? Range { get; init; }

    /// <summary>True when the newest facts matter most ("latest", a period, no other words to rank by).</summary>
    public bool NewestFirst { get; init; }

    /// <summary>The words to rank facts by: the question without its time phrase and question words.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>True when there is at least one structured filter.</summary>
    public bool HasFilters => RequiredKinds.Count > 0 || Countries.Count > 0 || People.Count > 0 || Range is not null;
}
