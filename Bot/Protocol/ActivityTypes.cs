namespace AllianceBot.Bot.Protocol;

/// <summary>The activity types AllianceBot reads or writes. Other types are accepted and passed on untouched.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
    public const string EndOfConversation = "endOfConversation";
}
