namespace AllianceBot.Bot.Cards;

/// <summary>A button that sends <see cref="Command"/> as if the user had typed it.</summary>
public sealed record ReplyButton(string Title, string Command);
