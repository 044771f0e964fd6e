using Inventory.Api.Http;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Inventory.Api.Access;

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
