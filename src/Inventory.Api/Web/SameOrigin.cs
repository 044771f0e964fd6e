using Inventory.Api.Http;
using Inventory.Domain.Errors;

namespace Inventory.Api.Web;

/// <summary>
/// Refuses a form post another site's page made (login CSRF). Browsers say where a request comes from in
/// <c>Sec-Fetch-Site</c>, which a page can't forge: only <c>same-origin</c> passes. Older browsers: the <c>Origin</c>
/// (or else <c>Referer</c>) must name this host; our <c>Referrer-Policy: no-referrer</c> makes browsers send
/// <c>Origin: null</c> on posts, so for them <c>Sec-Fetch-Site</c> is what lets a sign-in through. A client that sends
/// none of these (curl, scripts) is not a browser acting for someone else, so it passes.
/// </summary>
public static class SameOrigin
{
    public static bool Refuses(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site != "same-origin";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return !Matches(request, origin);
        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && !Matches(request, referer);
    }

    private static bool Matches(HttpRequest request, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    public static IResult Refusal() => Results.Problem(statusCode: 403, title: "Cross-site sign-in refused",
        detail: "The form was posted from another site's page (Sec-Fetch-Site, Origin or Referer is not this host); sign in from this site's own page.",
        extensions: ProblemCodes.Extensions(ErrorCodes.CrossSiteRefused));
}
