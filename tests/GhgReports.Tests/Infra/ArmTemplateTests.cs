using System.Text.Json.Nodes;

namespace GhgReports.Tests.Infra;

/// <summary>The small ARM evaluator behind ProvisioningParityTests, on templates shaped like what Bicep compiles to.</summary>
public sealed class ArmTemplateTests
{
    // A module with a table loop over literal suffixes, a queue that exists only under a condition, and a nested
    // deployment whose parameter is evaluated in the outer template.
    private const string Template = """
        {
          "parameters": { "prefix": { "type": "string", "defaultValue": "Ghg" }, "withExtra": { "type": "bool", "defaultValue": false } },
          "variables": { "account": "[format('st{0}', uniqueString(subscription().id, 'x'))]" },
          "resources": [
            {
              "type": "Microsoft.Resources/deployments",
              "name": "storage",
              "properties": {
                "expressionEvaluationOptions": { "scope": "inner" },
                "parameters": { "tablePrefix": { "value": "[parameters('prefix')]" }, "name": { "value": "[variables('account')]" },
                                "extra": { "value": "[parameters('withExtra')]" } },
                "template": {
                  "parameters": { "tablePrefix": { "type": "string" }, "name": { "type": "string" }, "extra": { "type": "bool" } },
                  "variables": { "suffixes": [ "Rows", "Audit" ] },
                  "resources": [
                    {
                      "copy": { "name": "tables", "count": "[length(variables('suffixes'))]" },
                      "type": "Microsoft.Storage/storageAccounts/tableServices/tables",
                      "name": "[format('{0}/{1}/{2}', parameters('name'), 'default', format('{0}{1}', parameters('tablePrefix'), variables('suffixes')[copyIndex()]))]"
                    },
                    {
                      "condition": "[parameters('extra')]",
                      "type": "Microsoft.Storage/storageAccounts/queueServices/queues",
                      "name": "[format('{0}/default/{1}', parameters('name'), 'extra')]"
                    },
                    {
                      "type": "Microsoft.Storage/storageAccounts/queueServices/queues",
                      "name": "[[literal]"
                    }
                  ]
                }
              }
            }
          ]
        }
        """;

    [Fact]
    public void Resources_CopyLoopInANestedDeployment_NamesEachInstanceWithTheOuterParameter()
    {
        var tables = Leaves(new Dictionary<string, string>(), "Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Equal(["GhgRows", "GhgAudit"], tables);
    }

    [Fact]
    public void Resources_GivenParameter_OverridesTheDefaultDownTheNestedDeployment()
    {
        var tables = Leaves(new Dictionary<string, string> { ["prefix"] = "Other" }, "Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Equal(["OtherRows", "OtherAudit"], tables);
    }

    [Fact]
    public void Resources_FalseCondition_DeploysNothing_AndDoubleBracketIsALiteral()
    {
        var queues = Leaves(new Dictionary<string, string>(), "Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Equal(["[literal]"], queues);
    }

    [Fact]
    public void Resources_AccountName_UsesTheUniqueStringStandIn()
    {
        var table = ArmScope.Resources(JsonNode.Parse(Template)!.AsObject(), new Dictionary<string, string>())
            .Single(r => r.Type.EndsWith("/tables", StringComparison.Ordinal)).Instances().First();

        // "st" + 13 characters of [a-z2-7], then "/default/GhgRows".
        Assert.Matches("^st[a-z2-7]{13}/default/GhgRows$", table.Name);
    }

    [Fact]
    public void Evaluate_UnknownFunction_Throws()
    {
        var template = JsonNode.Parse("""{ "resources": [ { "type": "t", "name": "[reference('x').outputs.name.value]" } ] }""")!.AsObject();
        var resource = ArmScope.Resources(template, new Dictionary<string, string>()).Single();

        var error = Assert.Throws<NotSupportedException>(() => resource.Instances().ToList());
        Assert.Contains("reference()", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Leaves(Dictionary<string, string> parameters, string type) =>
        [.. ArmScope.Resources(JsonNode.Parse(Template)!.AsObject(), parameters)
            .Where(r => r.Type == type).SelectMany(r => r.Instances()).Select(i => i.LeafName)];
}
