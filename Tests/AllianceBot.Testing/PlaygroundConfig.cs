using System.Text.Json;

namespace AllianceBot.Testing;

/// <summary>The Playground's mock tenant as its web UI boots it (<c>GET /_internal/v1/config</c>).</summary>
public sealed record PlaygroundConfig(string TenantId, string BotId, string UserId, string UserName, string PersonalChatId, string? GroupChatId, JsonElement Raw)
{
    internal static PlaygroundConfig Parse(JsonElement root)
    {
        var config = root.GetProperty("config");
        var groups = config.TryGetProperty("groupChats", out var g) && g.ValueKind == JsonValueKind.Array ? g.EnumerateArray().ToList() : [];
        return new PlaygroundConfig(
            config.GetProperty("tenantId").GetString()!,
            config.GetProperty("bot").GetProperty("id").GetString()!,
            config.GetProperty("currentUser").GetProperty("id").GetString()!,
            config.GetProperty("currentUser").GetProperty("name").GetString()!,
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            groups.Count > 0 ? groups[0].GetProperty("id").GetString() : null,
            root.Clone());
    }
}
