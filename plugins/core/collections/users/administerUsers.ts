/** The rule lives in the kernel (placement's referent transfers use it too). */
export { administerUsers } from '../../../../src/kernel/access/administerUsers'
