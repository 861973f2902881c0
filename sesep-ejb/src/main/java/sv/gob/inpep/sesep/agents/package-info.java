/**
 * The agents and agent types as the administrator keeps them: who attends, in which area, with
 * which competence (the services each agent type attends).
 */
package sv.gob.inpep.sesep.agents;
