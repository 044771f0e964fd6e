using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Inventory.Domain.Errors;
using Inventory.Domain.Limits;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Http;

public static partial class HttpSetup
{
    /// <summary>Where the product answers when no URL is configured (Urls, ASPNETCORE_URLS or --urls).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        json.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        json.Converters.Add(new StorableStringConverter());
        json.AllowTrailingCommas = false;
        json.MaxDepth = 32;
    }

    public static IServiceCollection AddInventoryHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            NameTheJsonField(ctx.ProblemDetails);
            ExplainBareStatus(ctx.ProblemDetails);
            ProblemCodes.Complete(ctx.ProblemDetails);
        });
        // After the built-in writer: it answers requests that accept JSON, this one every other Accept.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddExceptionHandler<ProblemAnswers>();
        return services;
    }

    /// <summary>Wolverine answers unreadable JSON with the serializer's message; this names the field instead and drops .NET type names.</summary>
    private static void NameTheJsonField(ProblemDetails problem)
    {
        if (problem.Status != 400 || problem.Title != "Invalid JSON format" || problem.Detail is null) return;
        var path = JsonPath().Match(problem.Detail);
        var field = ProblemAnswers.JsonField(path.Success ? path.Groups[1].Value : null);
        problem.Title = "The request body is not valid JSON for this command";
        problem.Detail = field == "body" ? "The body is not well-formed JSON."
            : problem.Detail.StartsWith(InputLimits.UnstorableMessage, StringComparison.Ordinal) ? $"'{field}' {InputLimits.UnstorableMessage}."
            : $"'{field}' has a value of the wrong type or format.";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
        var unstorable = problem.Detail.EndsWith(InputLimits.UnstorableMessage + ".", StringComparison.Ordinal);
        ProblemCodes.Fields(problem, ErrorCodes.InvalidJson, new Dictionary<string, string[]> { [field] = [unstorable ? ErrorCodes.UnstorableText : ErrorCodes.WrongType] });
    }

    /// <summary>Statuses set without a word (by routing or Wolverine's content checks) get a detail a client can act on.</summary>
    private static void ExplainBareStatus(ProblemDetails problem)
    {
        if (problem.Detail is not null) return;
        problem.Detail = problem.Status switch
        {
            404 => "There is nothing at this address.",
            405 => "This address does not take this method.",
            406 => "This answer is JSON; send Accept: application/json (or */*), or leave Accept out.",
            415 => "Send the body as JSON with Content-Type: application/json.",
            _ => null,
        };
    }

    [GeneratedRegex(@"Path: (\$[^ |]*)")]
    private static partial Regex JsonPath();
}
