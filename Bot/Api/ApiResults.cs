using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Api;

/// <summary>JSON answers of the fact API, written with <see cref="FactJson.Options"/>.</summary>
public static class ApiResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, FactJson.Options, contentType: "application/json; charset=utf-8", statusCode: status);

    public static IResult Error(int status, string message) => Json(new ApiError(message), status);
}
