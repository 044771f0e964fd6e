using Inventory.Api.Http;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Inventory.Domain.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Access;

public sealed class ThrottlingOptions
{
    public const string Section = "Inventory:Throttling";
    /// <summary>Failed key attempts an address may make in <see cref="FailureWindow"/> before it is refused (429).</summary>
    public int FailedAttemptsPerAddress { get; set; } = 20;
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Requests a key may make per second (sustained), and in a burst; high enough for the benchmarks.</summary>
    public int RequestsPerSecondPerKey { get; set; } = 2000;
    public int BurstPerKey { get; set; } = 4000;
    /// <summary>Largest request body accepted (413 beyond).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_000_000;
    /// <summary>Largest import file accepted by POST /api/imports.</summary>
    public long MaxImportBytes { get; set; } = 256_000_000;
}

/// <summary>
/// Counts failed key attempts per client address, in fixed windows. Only further failed attempts are refused: a valid
/// key is never throttled here, so one guesser behind a shared address can't lock anyone out.
/// </summary>
public sealed class FailedKeyAttempts(IOptions<ThrottlingOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset WindowStart, int Count)> _attempts = new();

    /// <summary>Counts a failed attempt; answers how long the address must wait when it had already used up its attempts, else null.</summary>
    public TimeSpan? Fail(HttpContext context)
    {
        var now = clock.GetUtcNow();
        var window = options.Value.FailureWindow;
        var current = _attempts.AddOrUpdate(Address(context), _ => (now, 1),
            (_, c) => now - c.WindowStart > window ? (now, 1) : (c.WindowStart, c.Count + 1));
        var left = window - (now - current.WindowStart);
        return current.Count > options.Value.FailedAttemptsPerAddress && left > TimeSpan.Zero ? left : null;
    }

    /// <summary>The client's address: the peer's, or the forwarded one when the peer is a trusted proxy (see ForwardedHeaders).</summary>
    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Answers 429 with Retry-After for an address that used up its failed attempts.</summary>
    public static Task RefuseAsync(HttpContext context, TimeSpan wait)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: 429, title: "Too many failed key attempts from this address",
            detail: "Wait for the Retry-After delay before trying another key; valid keys are not affected.",
            extensions: ProblemCodes.Extensions(ErrorCodes.TooManyAttempts)).ExecuteAsync(context);
    }
}

public static class Throttling
{
    public const string PerKey = "per-key";

    public static IServiceCollection AddInventoryThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ThrottlingOptions>(configuration.GetSection(ThrottlingOptions.Section));
        services.AddSingleton<FailedKeyAttempts>();
        var settings = configuration.GetSection(ThrottlingOptions.Section).Get<ThrottlingOptions>() ?? new ThrottlingOptions();
        // Kestrel's own limit stays at the largest (imports); RequestSizeLimit narrows it per request.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = Math.Max(settings.MaxRequestBodyBytes, settings.MaxImportBytes));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var key = context.User.FindFirst(InventoryClaims.KeyId)?.Value;
                return key is null
                    ? RateLimitPartition.GetNoLimiter("anonymous")
                    : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = settings.BurstPerKey,
                        TokensPerPeriod = settings.RequestsPerSecondPerKey,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
            limiter.OnRejected = async (rejected, ct) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: 429, title: "Too many requests for this key", detail: "Slow down and retry after the Retry-After delay.",
                        extensions: ProblemCodes.Extensions(ErrorCodes.TooManyRequests))
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }
}

/// <summary>Answers a body larger than the limit with 413 before anything reads it (the test server has no Kestrel limit).</summary>
public sealed class RequestSizeLimit(RequestDelegate next, IOptions<ThrottlingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.Request.Path.StartsWithSegments("/api/imports") ? options.Value.MaxImportBytes : options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await Results.Problem(statusCode: 413, title: "The request is too large", detail: $"Bodies are limited to {limit} bytes.",
                extensions: ProblemCodes.Extensions(ErrorCodes.PayloadTooLarge)).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        await next(context);
    }
}
