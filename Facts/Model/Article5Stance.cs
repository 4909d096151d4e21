namespace AllianceBot.Facts.Model;

/// <summary>Where an actor stands on Article 5. Serialized as <c>invoked</c>, <c>not_invoked</c>, <c>commitment</c>.</summary>
public enum Article5Stance
{
    Invoked,
    NotInvoked,
    Commitment,
}
