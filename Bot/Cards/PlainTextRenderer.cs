using System.Text;

namespace AllianceBot.Bot.Cards;

/// <summary>Renders a reply as plain text, for channels with neither Adaptive Cards nor Slack blocks.</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder(reply.Title).Append('\n').Append(reply.Lead);
        foreach (var item in reply.Items)
        {
            text.Append("\n\n- ").Append(item.Heading);
            if (item.Quote is not null)
            {
                text.Append("\n  “").Append(item.Quote).Append('”');
            }

            if (item.Excerpt is not null)
            {
                text.Append("\n  Source text: “").Append(item.Excerpt).Append('”');
            }

            text.Append("\n  ").Append(item.DateText).Append(" · ").Append(item.SourceName);
            if (item.SourceUrl is not null)
            {
                text.Append(' ').Append(item.SourceUrl);
            }
        }

        if (reply.MoreCount > 0)
        {
            text.Append("\n\n…and ").Append(reply.MoreCount).Append(" more.");
        }

        if (reply.Suggestions.Count > 0)
        {
            text.Append("\n\nTry asking:").AppendJoin(string.Empty, reply.Suggestions.Select(s => "\n- " + s));
        }

        if (reply.Buttons.Count > 0)
        {
            text.Append("\n\nType: ").AppendJoin(", ", reply.Buttons.Select(b => b.Command));
        }

        return text.ToString();
    }
}
