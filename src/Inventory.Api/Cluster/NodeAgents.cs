using Inventory.Api.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Wolverine.Runtime;

namespace Inventory.Api.Cluster;

/// <summary>What this node runs: with several nodes, each async projection shard runs on exactly one of them.</summary>
public sealed record NodeAgents(int ProcessId, string Machine, IReadOnlyList<string> Agents);

public static class NodeAgentsEndpoint
{
    [WolverineGet("/api/cluster/node"), Authorize(Policy = Policies.Administer)]
    public static NodeAgents Get(IWolverineRuntime runtime) =>
        new(Environment.ProcessId, Environment.MachineName, runtime.Agents.AllRunningAgentUris().Select(u => u.ToString()).Order().ToList());
}
