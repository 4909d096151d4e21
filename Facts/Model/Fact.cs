namespace AllianceBot.Facts.Model;

/// <summary>
/// One key fact taken from a news article. Common fields first, then the fields of each kind;
/// fields that do not belong to a fact's kind stay empty.
/// </summary>
public sealed record Fact
{
    /// <summary>Deterministic id: the same source and content always give the same id (see <see cref="FactIds"/>).</summary>
    public required string Id { get; init; }

    public required FactKind Kind { get; init; }

    /// <summary>One plain sentence that says what the fact is.</summary>
    public required string Summary { get; init; }

    /// <summary>When it happened (not when it was ingested); null when the text does not say.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Canonical names of the countries (and regions) the fact concerns.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>People and organisations who act in the fact.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    // article4_request
    public IReadOnlyList<string> Requesters { get; init; } = [];

    /// <summary>The group or count of requesters when the text gives one ("eight Eastern European and Baltic nations").</summary>
    public string? RequesterGroup { get; init; }

    // article5
    public Article5Stance? Stance { get; init; }

    /// <summary>Who holds the Article 5 stance, or who deploys.</summary>
    public string? By { get; init; }

    // deployment
    public IReadOnlyList<string> To { get; init; } = [];

    public IReadOnlyList<string> Assets { get; init; } = [];

    public string? Size { get; init; }

    // statement
    public string? Speaker { get; init; }

    public string? Role { get; init; }

    /// <summary>The exact quote, a verbatim substring of the article.</summary>
    public string? Quote { get; init; }

    public Certainty Certainty { get; init; } = Certainty.Reported;

    public required FactSource Source { get; init; }

    /// <summary>The sentence the fact came from, verbatim.</summary>
    public required string Evidence { get; init; }

    public DateTimeOffset IngestedAt { get; init; }
}
