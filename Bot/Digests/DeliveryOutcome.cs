namespace AllianceBot.Bot.Digests;

/// <summary>What became of one digest message.</summary>
public enum DeliveryOutcome
{
    /// <summary>The digest was sent and recorded.</summary>
    Sent,

    /// <summary>Nothing new matched; nothing was sent (<c>Digests:SendWhenEmpty</c> off) and the day counts as done.</summary>
    Empty,

    /// <summary>Already sent, being sent, or the subscription is gone or inactive: nothing to do.</summary>
    Skipped,

    /// <summary>403/404: the subscription was marked inactive.</summary>
    Gone,

    /// <summary>429: the message was put back on the queue, invisible until Retry-After.</summary>
    Requeued,
}
