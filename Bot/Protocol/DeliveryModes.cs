namespace AllianceBot.Bot.Protocol;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>The replies go in the HTTP response (<see cref="ExpectedReplies"/>) instead of to the connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
