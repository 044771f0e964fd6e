using Inventory.Api.Access;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Inventory.Api.Hosting;

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

/// <summary>Stamps each Wolverine endpoint's message context, and so the events it appends, with the acting key and the correlation id.</summary>
public static class RequestMetadataMiddleware
{
    public static void Apply(HttpContext httpContext, IMessageContext messaging)
    {
        messaging.CorrelationId = CorrelationMiddleware.Of(httpContext);
        if (httpContext.User.Identity?.IsAuthenticated == true) messaging.UserName = httpContext.User.UserName();
    }

    /// <summary>For endpoints that write: the session is opened before any middleware runs, so it is stamped directly.</summary>
    public static void ApplyToSession(HttpContext httpContext, IMessageContext messaging, IDocumentSession session)
    {
        Apply(httpContext, messaging);
        session.CorrelationId = messaging.CorrelationId;
        if (messaging.UserName is { } user) session.LastModifiedBy = user;
    }
}

public sealed class RequestMetadataPolicy : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var writes = chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(IDocumentSession));
            chain.Middleware.Insert(0, new MethodCall(typeof(RequestMetadataMiddleware),
                writes ? nameof(RequestMetadataMiddleware.ApplyToSession) : nameof(RequestMetadataMiddleware.Apply)));
        }
    }
}
