namespace Inventory.Api.Http;

/// <summary>Takes the correlation id from <c>X-Correlation-Id</c> (or makes one) and returns it on every answer.</summary>
public sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";
    public const int MaxLength = 128;

    public Task InvokeAsync(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        var id = given.Length is > 0 and <= MaxLength && given.All(c => c > ' ' && c < 127) ? given : Guid.NewGuid().ToString("N");
        context.Items[Header] = id;
        context.Response.Headers[Header] = id;
        System.Diagnostics.Activity.Current?.SetTag("correlation.id", id);
        return Logged(context, id);
    }

    // Every log line written while handling the request carries the correlation id (a scope: JSON console and OTLP logs show it).
    private async Task Logged(HttpContext context, string id)
    {
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }

    public static string Of(HttpContext context) => context.Items[Header] as string ?? context.TraceIdentifier;
}
