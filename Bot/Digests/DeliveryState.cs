namespace AllianceBot.Bot.Digests;

/// <summary>
/// Where one subscriber's digest for one local date stands. <c>Queued</c> and <c>Retry</c> may be claimed;
/// <c>Sending</c> is claimed (or its outcome unknown after a crash: never sent again); the rest are final.
/// </summary>
public enum DeliveryState
{
    Queued,
    Sending,
    Retry,
    Sent,
    Empty,
    Gone,
}
