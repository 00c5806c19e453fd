"""The AI drafter: the request it builds (drafter), the bounded HTTP exchange
(http) and the cleaning of the answer (answer). No Qt."""
