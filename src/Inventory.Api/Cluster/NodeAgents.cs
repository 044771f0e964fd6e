using Inventory.Api.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;
using Wolverine.Runtime;
using Inventory.Api.Http;

namespace Inventory.Api.Cluster;

/// <summary>What this node runs: with several nodes, each async projection shard runs on exactly one of them.</summary>
public sealed record NodeAgents(int ProcessId, string Machine, IReadOnlyList<string> Agents);

public static class NodeAgentsEndpoint
{
    /// <summary>
    /// For the operator only (process id, machine, agents are not an organization's business): the configured
    /// <c>Inventory:OperatorKey</c>, which no organization key is. Anything else answers the very 404 an unknown address answers.
    /// </summary>
    [WolverineGet("/api/cluster/node"), AllowAnonymous]
    [ProducesResponseType<NodeAgents>(StatusCodes.Status200OK), ProducesResponseType(StatusCodes.Status404NotFound)]
    public static IResult Get(IWolverineRuntime runtime, IOptions<InventoryOptions> options, HttpContext http)
    {
        if (!OperatorKey.Matches(options.Value.OperatorKey, ApiKeyAuthentication.KeyOf(http.Request)))
            return Results.Problem(statusCode: 404); // worded as an unknown address's 404 (see HttpSetup), nothing to tell them apart
        return Results.Json(new NodeAgents(Environment.ProcessId, Environment.MachineName,
            runtime.Agents.AllRunningAgentUris().Select(u => u.ToString()).Order().ToList()));
    }
}
