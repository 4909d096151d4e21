namespace AllianceBot.Facts.Model;

/// <summary>How sure the source is. Serialized as <c>reported</c>, <c>expected</c>, <c>denied</c>.</summary>
public enum Certainty
{
    /// <summary>The source reports it as having happened.</summary>
    Reported,

    /// <summary>The source only expects it, or says it "may" happen.</summary>
    Expected,

    /// <summary>The source reports it as denied or not happening.</summary>
    Denied,
}
