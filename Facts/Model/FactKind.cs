namespace AllianceBot.Facts.Model;

/// <summary>What a fact is about. Serialized in snake case: <c>article4_request</c>, <c>article5</c>, …</summary>
public enum FactKind
{
    /// <summary>A member asked for consultations under Article 4 of the North Atlantic Treaty.</summary>
    Article4Request,

    /// <summary>A stance on Article 5 (collective defence): invoked, not invoked, or a commitment to it.</summary>
    Article5,

    /// <summary>Forces or equipment sent somewhere.</summary>
    Deployment,

    /// <summary>Something an official said, with the exact quote.</summary>
    Statement,

    /// <summary>A decision taken by a body or government (plans activated, sanctions adopted).</summary>
    Decision,

    /// <summary>Anything else that happened (an attack, martial law declared).</summary>
    Event,
}
