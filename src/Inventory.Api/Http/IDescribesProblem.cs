using Microsoft.AspNetCore.Mvc;

namespace Inventory.Api.Http;

/// <summary>An exception that describes its own problem answer, so the answers here need not know every feature.</summary>
public interface IDescribesProblem
{
    ProblemDetails Problem();
}
