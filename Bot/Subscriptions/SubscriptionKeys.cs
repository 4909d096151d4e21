using System.Security.Cryptography;
using System.Text;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// Keys of the Subscriptions table. The id is a hash of channel and conversation id (a Teams channel thread's
/// <c>;messageid=…</c> suffix removed, so a channel has one subscription); the partition is the id's first hex digit,
/// which spreads writes over 16 partitions.
/// </summary>
public static class SubscriptionKeys
{
    public static string IdFor(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var content = reference.ChannelId + "\u001f" + BaseConversationId(reference.Conversation.Id);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 12));
    }

    public static string Partition(string id) => id[..1];

    /// <summary>The conversation id without a Teams thread suffix (<c>19:…@thread.tacv2;messageid=123</c> → the channel).</summary>
    public static string BaseConversationId(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? conversationId : conversationId[..at];
    }
}
