/** The diagram the empty state offers: a generic ML pipeline, offline and online paths. */
export const STARTER_PIPELINE = `\`\`\`mermaid
flowchart LR
    subgraph offline[Offline]
        logs[(Event logs)] --> etl[Data pipeline]
        etl --> features[(Feature store)]
        features --> train[Model training]
        train --> registry[(Model registry)]
    end
    subgraph online[Online]
        request[Request] --> serving[Prediction service]
        serving --> response[Response]
    end
    features --> serving
    registry --> serving
    serving -. logs .-> logs
\`\`\`
`;
