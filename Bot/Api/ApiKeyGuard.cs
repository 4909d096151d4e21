using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Api;

/// <summary>
/// Decides whether a fact API call may go on. On the Bot host (<see cref="KeyCheck.Handler"/>): with <c>Api:AdminKey</c>
/// set, writes need it in <c>x-functions-key</c> (compared in constant time), and so do reads outside Development; without
/// it, only Development is open. Under <see cref="KeyCheck.Host"/> the host has checked the key already.
/// </summary>
public sealed class ApiKeyGuard(IOptions<FactsApiOptions> options, IHostEnvironment environment)
{
    public const string Header = "x-functions-key";

    /// <summary>Null when the call may go on, else the 401/403 to answer.</summary>
    public IResult? Check(HttpContext context, bool write, KeyCheck check)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (check == KeyCheck.Host || (!write && environment.IsDevelopment()))
        {
            return null;
        }

        var key = options.Value.AdminKey;
        if (string.IsNullOrEmpty(key))
        {
            return environment.IsDevelopment()
                ? null
                : ApiResults.Error(StatusCodes.Status403Forbidden,
                    $"The fact API is closed outside Development until Api:AdminKey is set; then send it in the {Header} header.");
        }

        var given = context.Request.Headers[Header].ToString();
        if (given.Length == 0)
        {
            return ApiResults.Error(StatusCodes.Status401Unauthorized, $"Send the API key in the {Header} header.");
        }

        return Same(given, key) ? null : ApiResults.Error(StatusCodes.Status401Unauthorized, $"The {Header} header does not hold a valid key.");
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
