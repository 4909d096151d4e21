namespace AllianceBot.Bot.Digests;

/// <summary>A delivery that failed in a way worth retrying (the queue retries it, then moves it to the poison queue).</summary>
public sealed class DigestDeliveryException : Exception
{
    public DigestDeliveryException()
    {
    }

    public DigestDeliveryException(string message)
        : base(message)
    {
    }

    public DigestDeliveryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
