// Someone is told when the pipeline fails instead of finding out in January: one action group (an email address) and
// an alert for each way work gets lost or stops — functions failing, a message left in a poison queue, an upload event
// Event Grid could not deliver, telemetry cut off by the daily cap.

param location string
param tags object

@description('Action group name (also its short name, at most 12 characters, after trimming).')
param actionGroupName string

@description('Where alerts are mailed; empty creates the alerts with no one to tell (not recommended).')
param alertEmail string

param applicationInsightsId string
param logAnalyticsId string
param eventGridTopicId string

var receivers = empty(alertEmail) ? [] : [
  {
    name: 'operations'
    emailAddress: alertEmail
    useCommonAlertSchema: true
  }
]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: take(actionGroupName, 12)
    enabled: true
    emailReceivers: receivers
  }
}

// Any failed function invocation (trigger, timer or HTTP 5xx) in 15 minutes. The host retries blob and queue triggers,
// so one alert may precede a recovery; the poison alert below says when it did not recover.
resource functionFailures 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'ghg-function-failures'
  location: 'global'
  tags: tags
  properties: {
    description: 'A function invocation failed (Application Insights requests/failed > 0).'
    severity: 2
    enabled: true
    scopes: [applicationInsightsId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'failed-requests'
          criterionType: 'StaticThresholdCriterion'
          metricNamespace: 'microsoft.insights/components'
          metricName: 'requests/failed'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Count'
        }
      ]
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

// Storage has no per-queue length metric, so the app measures its poison queues itself every five minutes
// (PoisonQueueWatch, in the ReconcileUploads timer) and logs a warning for each that is not empty: this fires while
// any poison queue holds a message, and stops once someone has dealt with it. pack-requests-poison is emptied as it
// fills (PoisonedPackRequest records each message in its run), so that handler logs the same words for each message.
resource poisonQueues 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: 'ghg-poison-queue-not-empty'
  location: location
  tags: tags
  properties: {
    description: 'A poison queue holds messages: work the host gave up on after every retry (docs/storage.md, "Queues").'
    severity: 1
    enabled: true
    scopes: [applicationInsightsId]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'traces | where message startswith "Poison queue " and message has " holds "'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [actionGroup.id]
    }
  }
}

// Upload events that failed a delivery attempt, or were dead-lettered after the last retry: an upload the blob
// trigger may never see (the five-minute sweep still picks it up; this says the path is broken).
resource eventGridFailures 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'ghg-eventgrid-delivery-failures'
  location: 'global'
  tags: tags
  properties: {
    description: 'Event Grid failed to deliver upload events to the blob trigger.'
    severity: 2
    enabled: true
    scopes: [eventGridTopicId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'failed-deliveries'
          criterionType: 'StaticThresholdCriterion'
          metricNamespace: 'Microsoft.EventGrid/systemTopics'
          metricName: 'DeliveryAttemptFailCount'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

resource eventGridDeadLetters 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'ghg-eventgrid-dead-lettered'
  location: 'global'
  tags: tags
  properties: {
    description: 'Event Grid gave up on upload events and dead-lettered them (container eventgrid-deadletter).'
    severity: 1
    enabled: true
    scopes: [eventGridTopicId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'dead-lettered'
          criterionType: 'StaticThresholdCriterion'
          metricNamespace: 'Microsoft.EventGrid/systemTopics'
          metricName: 'DeadLetteredCount'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

// The workspace records an OverQuota operation when the daily cap stops ingestion: from then until midnight UTC no
// logs, no failures, no alerts above would be seen.
resource dailyCap 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: 'ghg-telemetry-daily-cap'
  location: location
  tags: tags
  properties: {
    description: 'Log Analytics reached its daily cap: telemetry is dropped until the cap resets.'
    severity: 2
    enabled: true
    scopes: [logAnalyticsId]
    evaluationFrequency: 'PT1H'
    windowSize: 'PT1H'
    criteria: {
      allOf: [
        {
          query: '_LogOperation | where Category =~ "Ingestion" | where Detail has "OverQuota"'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [actionGroup.id]
    }
  }
}

output actionGroupId string = actionGroup.id
