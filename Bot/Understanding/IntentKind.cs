namespace AllianceBot.Bot.Understanding;

/// <summary>What a message asks the bot to do.</summary>
public enum IntentKind
{
    /// <summary>Nothing left once mentions are stripped.</summary>
    Empty,

    Help,

    /// <summary><c>latest</c> or <c>what's new [since …]</c>.</summary>
    Latest,

    Sources,

    /// <summary><c>subscribe …</c>, <c>unsubscribe</c>, <c>settings</c>, <c>digest now</c>: handed to the subscriptions.</summary>
    Subscription,

    Question,
}
