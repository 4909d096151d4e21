namespace AllianceBot.Bot.Protocol;

/// <summary>Reading and writing <c>mention</c> entities on activities (as the Bot Framework SDK does).</summary>
public static class ActivityMentionExtensions
{
    /// <summary>The activity's mention entities, in order; other entity types are skipped.</summary>
    public static IReadOnlyList<Mention> GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is not { Count: > 0 } entities)
        {
            return [];
        }

        var mentions = new List<Mention>();
        foreach (var entity in entities)
        {
            if (Mention.FromEntity(entity) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>True when a mention entity names the activity's recipient (the bot).</summary>
    public static bool MentionsRecipient(this Activity activity) =>
        activity.Recipient is { } bot && activity.GetMentions().Any(m => m.Mentioned.Id == bot.Id);

    /// <summary>
    /// The text with every mention of the recipient (the bot) removed and trimmed: each such entity's text is cut
    /// case-insensitively, falling back to <c>&lt;at&gt;Name&lt;/at&gt;</c>. Other mentions stay.
    /// </summary>
    public static string TextWithoutRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        if (activity.Recipient is not { } bot)
        {
            return text.Trim();
        }

        foreach (var mention in activity.GetMentions().Where(m => m.Mentioned.Id == bot.Id))
        {
            var cut = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            if (cut.Length == text.Length && mention.Mentioned.Name is { } name)
            {
                cut = text.Replace($"<at>{name}</at>", string.Empty, StringComparison.OrdinalIgnoreCase);
            }

            text = cut;
        }

        return text.Trim();
    }

    /// <summary>A copy of the activity with <paramref name="mention"/> added to its entities (put its text in the activity's text yourself).</summary>
    public static Activity WithMention(this Activity activity, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(mention);
        return activity with { Entities = [.. activity.Entities ?? [], mention.ToEntity()] };
    }
}
