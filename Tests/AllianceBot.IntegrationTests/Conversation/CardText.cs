using System.Text.Json;

namespace AllianceBot.IntegrationTests.Conversation;

/// <summary>The text a person reads on a reply: its Adaptive Card's TextBlocks in order, or its text.</summary>
internal static class CardText
{
    public static string Of(JsonElement activity)
    {
        if (activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0)
        {
            return OfCard(attachments[0].GetProperty("content"));
        }

        return activity.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
    }

    public static string OfCard(JsonElement card) => string.Join('\n', Texts(card.GetProperty("body")));

    public static IEnumerable<string> Texts(JsonElement items)
    {
        foreach (var item in items.EnumerateArray())
        {
            if (item.GetProperty("type").GetString() == "TextBlock")
            {
                yield return item.GetProperty("text").GetString()!;
            }
            else if (item.TryGetProperty("items", out var inner))
            {
                foreach (var text in Texts(inner))
                {
                    yield return text;
                }
            }
        }
    }
}
